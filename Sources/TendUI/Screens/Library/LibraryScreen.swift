import TendCore

/// The practice library: every card under its group, "my practices" first,
/// searchable by name. A card can be made the week's focus (for someone,
/// if the user likes), marked "not for me" (the `[practices] hidden` list)
/// or made one of "my practices" (`[practices] mine`), and back again.
public struct LibraryScreen: Screen {
    static let focusTag: SaveTag = "library.focus"
    static let stopTag: SaveTag = "library.stop"

    public let title = "Practice library"
    private(set) var list = ListState(selected: 0)
    private(set) var query = TextField(limit: 80, maxWidth: 30)
    private(set) var isSearching = false
    /// The card being made the focus, while its person is asked.
    private(set) var choosing: Practice?
    private(set) var person = TextField(limit: 200, maxWidth: 30, completesNames: true)
    private(set) var saves = PendingSaves()
    /// The change asked of config.toml, to say what it did once it is made.
    private(set) var asked: PracticeSetting?
    private(set) var hint: String?

    public init(context: ScreenContext) {
        let rows = rows(context)
        list.select(rows.cards.first ?? 0, count: rows.rows.count, height: Self.listHeight(context))
    }

    enum Intent: Hashable, Sendable { case move(ListMove), nextGroup, previousGroup, search, focus, hide, keep, back }

    private static let browsingKeys = KeyMap<Intent>(
        ListMove.bindings(next: "next card", previous: "previous card", first: "first card", last: "last card")
            .map { KeyBinding($0.keys, $0.help.keys, $0.help.action, .move($0.intent)) } + [
            KeyBinding([.tab], "Tab", "next group", .nextGroup),
            KeyBinding([.backTab], "S-Tab", "previous group", .previousGroup),
            KeyBinding([.character("/")], "/", "search by name", .search, footer: "search"),
            KeyBinding([.enter, .character("f")], "Enter", "make it my focus for the week", .focus, footer: "my focus"),
            KeyBinding([.character("h")], "h", "not for me (again: back among the suggestions)", .hide, footer: "not for me"),
            KeyBinding([.character("m")], "m", "one of my practices (again: no longer)", .keep, footer: "mine"),
            KeyBinding([.escape, .character("q")], "Esc", "back (clears a search first)", .back, footer: "back"),
        ])

    private static let searchingKeys = KeyMap<Intent>([
        KeyBinding([.down], "↓", "next card", .move(.down)),
        KeyBinding([.up], "↑", "previous card", .move(.up)),
        KeyBinding([.enter], "Enter", "done searching", .search, footer: "done"),
        KeyBinding([.escape], "Esc", "clear the search", .back, footer: "clear"),
    ])

    private static let personKeys = KeyMap<Intent>([
        KeyBinding([.enter], "Enter", "make it my focus (a name is optional)", .focus, footer: "start the week"),
        KeyBinding([.escape], "Esc", "back to the cards", .back, footer: "back"),
    ])

    private var keys: KeyMap<Intent> { choosing != nil ? Self.personKeys : isSearching ? Self.searchingKeys : Self.browsingKeys }

    public var keyHelp: ScreenKeys {
        isTakingText ? keys.keyHelp.merged(with: query.keyHelp) : keys.keyHelp
    }
    public var isTakingText: Bool { isSearching || choosing != nil }

    func rows(_ context: ScreenContext) -> LibraryRows {
        LibraryRows(library: context.data.practices, preferences: context.data.config.practices, prompts: context.data.prompts,
                    query: query.text)
    }

    /// The card under the selection.
    func selectedCard(_ context: ScreenContext) -> Practice? { rows(context).card(at: list.selected) }

    public mutating func update(_ event: Event, context: ScreenContext) -> [Effect] {
        if let answer = saves.answer(to: event) {
            guard answer.tag == Self.focusTag, case .success(let record) = answer.result, case .focus(let focus) = record.payload
            else { return [] }
            return [.report(Report(Self.chosenWords(focus, context: context))), .pop]
        }
        switch event {
        case .practicesChanged:
            // Making a card mine adds a row above it: stay on the same card.
            if let asked, let row = list.selected {
                let rows = rows(context)
                let same = rows.cards.filter { rows.card(at: $0)?.id == asked.card }
                if let nearest = same.min(by: { abs($0 - row) < abs($1 - row) }) {
                    list.select(nearest, count: rows.rows.count, height: Self.listHeight(context), lead: 1)
                }
            }
            return [.report(Report(said(context)))]
        case .keyPressed(let key): return handle(key, context: context)
        default: return []
        }
    }

    private mutating func handle(_ key: Key, context: ScreenContext) -> [Effect] {
        hint = nil
        guard let intent = keys.intent(for: key) else {
            let outcome = choosing != nil ? person.handle(key) : isSearching ? query.handle(key) : .ignored
            if case .refused(let limit) = outcome { hint = TextField.refusedHint(limit); return [.bell] }
            if isSearching { reselect(context, near: 0) }
            return []
        }
        let rows = rows(context)
        switch intent {
        case .move(let move): self.move(move, rows: rows, context: context)
        case .nextGroup, .previousGroup:
            if let start = rows.sectionStart(after: list.selected ?? 0, direction: intent == .nextGroup ? 1 : -1) {
                list.select(start, count: rows.rows.count, height: Self.listHeight(context), lead: 1)
            }
        case .search:
            isSearching.toggle()
        case .back:
            if choosing != nil { choosing = nil; return [] }
            if isSearching || !query.isEmpty {
                isSearching = false
                query.set("")
                reselect(context, near: list.selected ?? 0)
                return []
            }
            return [.pop]
        case .focus:
            guard let card = choosing ?? rows.card(at: list.selected) else { return [] }
            guard choosing != nil else { choosing = card; person.set(""); return [] }
            person.completeName(context)
            return start(card, context: context)
        case .hide, .keep:
            guard let card = rows.card(at: list.selected) else { return [] }
            let preferences = context.data.config.practices
            let setting: PracticeSetting = intent == .hide ? .hidden(card: card.id, !preferences.hidden.contains(card.id))
                : .mine(card: card.id, !preferences.mine.contains(card.id))
            asked = setting
            return [.setPractice(setting)]
        }
        return []
    }

    private mutating func move(_ move: ListMove, rows: LibraryRows, context: ScreenContext) {
        let height = Self.listHeight(context), count = rows.rows.count
        let before = list.selected ?? 0
        list.apply(move, count: count, height: height, isSelectable: { rows.card(at: $0) != nil })
        // Headings and notes are passed over, in the direction of the move.
        let direction = (list.selected ?? 0) >= before ? 1 : -1
        let row = rows.cardRow(from: list.selected ?? 0, direction: direction) ?? rows.cardRow(from: before, direction: -direction)
        if let row { list.select(row, count: count, height: height, lead: 1) }
    }

    /// Keeps the selection on a card after the rows changed (a search, a card made mine).
    private mutating func reselect(_ context: ScreenContext, near index: Int) {
        let rows = rows(context)
        let row = rows.cardRow(from: index, direction: 1) ?? rows.cardRow(from: index, direction: -1) ?? 0
        list.select(row, count: rows.rows.count, height: Self.listHeight(context), lead: 1)
    }

    private mutating func start(_ card: Practice, context: ScreenContext) -> [Effect] {
        let payloads = FocusChange.start(card: card.id, person: person.trimmed, now: context.localNow, current: context.focus)
        guard !payloads.isEmpty else { return [.report(Report(context.data.prompts.focus.libraryAlready)), .pop] }
        var effects: [Effect] = []
        for payload in payloads {
            if case .edit = payload { effects += saves.save(payload, tag: Self.stopTag) } else { effects += saves.save(payload, tag: Self.focusTag) }
        }
        return effects
    }

    /// "Your focus for the week: …. Day 1 is today."
    static func chosenWords(_ focus: Focus, context: ScreenContext) -> String {
        let words = context.data.prompts.focus
        let name = context.data.practices.practice(withID: focus.card)?.name ?? focus.card
        let first = focus.start == FocusCalendar.today(context.localNow) ? words.firstToday : words.firstTomorrow
        return FocusWords.fill(words.chosen, ["card": words.card(name, for: focus.person)]) + " " + first
    }

    /// What the last change did, in a line.
    private func said(_ context: ScreenContext) -> String {
        let words = context.data.prompts.focus
        switch asked {
        case .hidden(_, true)?: return words.libraryHidden
        case .hidden(_, false)?: return words.libraryShown
        case .mine(_, true)?: return words.libraryKept
        case .mine(_, false)?, nil: return words.libraryUnkept
        }
    }
}
