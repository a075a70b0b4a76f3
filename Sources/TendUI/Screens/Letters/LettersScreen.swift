import TendCore

/// The letters written to the user through the folders they share with
/// people, newest first: "From Sam", when, and the words. Enter opens one
/// and marks it read; `h` puts one out of sight (or brings it back), `a`
/// shows those too. Both are notes in the user's own journal: the writer's
/// file is only ever read.
///
/// It opens on the letters home already holds, and asks for them afresh
/// (`loadLetters`: the folders read again, every note in the journal, sealed
/// letters opened) on its first event.
public struct LettersScreen: Screen {
    enum Loading: Sendable { case waiting, requested, loaded }

    public let title = "Letters"
    private(set) var box: LetterBox
    private(set) var loading = Loading.waiting
    /// The selected row of `rows`.
    private(set) var selected = 0
    private(set) var top = 0
    private(set) var isReading = false
    private(set) var scroll = 0
    private(set) var showsHidden = false
    /// A hide or show asked for, so its note can be said once it is saved.
    private var pendingToggle: RecordID?

    public init(context: ScreenContext) {
        box = context.data.letters
    }

    /// What the list shows, newest first.
    var rows: [ReceivedLetter] { showsHidden ? box.letters : box.shown }

    var selectedLetter: ReceivedLetter? { rows.indices.contains(selected) ? rows[selected] : nil }

    // MARK: Keys

    enum Intent: Sendable { case down, up, top, bottom, pageDown, pageUp, open, hide, toggleHidden, back }

    private var keys: KeyMap<Intent> {
        let hide = KeyBinding<Intent>([.character("h")], "h",
                                      selectedLetter.map(box.isHidden) == true ? "bring it back into sight" : "put it out of sight (here only)",
                                      .hide, footer: selectedLetter.map(box.isHidden) == true ? "bring back" : "hide")
        let hidden = KeyBinding<Intent>([.character("a")], "a", showsHidden ? "leave out the hidden ones" : "show hidden ones too",
                                        .toggleHidden)
        if isReading {
            return KeyMap([
                KeyBinding([.down, .character("j")], "j/↓", "the next letter (older)", .down, footer: "next"),
                KeyBinding([.up, .character("k")], "k/↑", "the letter before (newer)", .up),
                KeyBinding([.pageDown, .character(" ")], "PgDn", "more of the words", .pageDown),
                KeyBinding([.pageUp], "PgUp", "back up the words", .pageUp),
                hide,
                KeyBinding([.escape, .character("q")], "Esc", "back to the letters", .back, footer: "letters"),
            ])
        }
        var bindings: [KeyBinding<Intent>] = []
        if !rows.isEmpty {
            bindings += [
                KeyBinding([.enter], "Enter", "read it", .open, footer: "read"),
                KeyBinding([.down, .character("j")], "j/↓", "next letter", .down),
                KeyBinding([.up, .character("k")], "k/↑", "previous letter", .up),
                KeyBinding([.home, .character("g")], "g/Home", "newest", .top),
                KeyBinding([.end, .character("G")], "G/End", "oldest", .bottom),
                KeyBinding([.pageDown, .control("f")], "PgDn", "a page down", .pageDown),
                KeyBinding([.pageUp, .control("b")], "PgUp", "a page up", .pageUp),
                hide,
            ]
        }
        if !box.hiddenBy.isEmpty || showsHidden { bindings.append(hidden) }
        bindings.append(KeyBinding([.escape, .character("q")], "q", "leave the letters", .back, footer: "back"))
        return KeyMap(bindings)
    }

    public var keyHelp: ScreenKeys { keys.keyHelp }

    /// A frame at once while the letters are still to be asked for, so the run loop ticks and asks.
    public func nextFrame(after now: Moment) -> Moment? {
        loading == .waiting ? now : nil
    }

    // MARK: Update

    public mutating func update(_ event: Event, context: ScreenContext) -> [Effect] {
        switch event {
        case .lettersLoaded(let letters):
            let id = selectedLetter?.id
            box = letters
            loading = .loaded
            select(id.flatMap { id in rows.firstIndex { $0.id == id } } ?? min(selected, max(0, rows.count - 1)), context)
            return []
        case .recordSaved(let record):
            box.note(record)
            return saved(record, context: context)
        case .saveFailed:
            pendingToggle = nil
            return []
        case .ticked:
            return request()
        case .keyPressed(let key):
            let asked = request()
            guard let intent = keys.intent(for: key) else { return asked }
            return asked + handle(intent, context: context)
        default:
            return []
        }
    }

    private mutating func request() -> [Effect] {
        guard loading == .waiting else { return [] }
        loading = .requested
        return [.loadLetters]
    }

    private mutating func handle(_ intent: Intent, context: ScreenContext) -> [Effect] {
        let page = LettersView.listHeight(context)
        switch intent {
        case .back:
            if isReading { isReading = false; return [] }
            return [.pop]
        case .down:
            select(selected + 1, context)
            return isReading ? opened() : []
        case .up:
            select(selected - 1, context)
            return isReading ? opened() : []
        case .top: select(0, context)
        case .bottom: select(rows.count - 1, context)
        case .pageDown:
            if isReading { scroll += LettersView.textHeight(context) } else { select(selected + page, context) }
        case .pageUp:
            if isReading { scroll = max(0, scroll - LettersView.textHeight(context)) } else { select(selected - page, context) }
        case .open:
            guard selectedLetter != nil else { return [] }
            isReading = true
            return opened()
        case .hide:
            guard let letter = selectedLetter, pendingToggle == nil else { return [] }
            pendingToggle = letter.id
            return [.save(box.hideToggle(for: letter))]
        case .toggleHidden:
            let id = selectedLetter?.id
            showsHidden.toggle()
            select(id.flatMap { id in rows.firstIndex { $0.id == id } } ?? 0, context)
        }
        return []
    }

    /// The letter now on screen counts as read: its note, unless it has one.
    private mutating func opened() -> [Effect] {
        scroll = 0
        guard let letter = selectedLetter, let note = box.readNote(for: letter) else { return [] }
        return [.save(note)]
    }

    private mutating func saved(_ record: Record, context: ScreenContext) -> [Effect] {
        guard let id = pendingToggle else { return [] }
        let words = context.data.prompts.letters
        switch record.payload {
        case .letterHidden(let mark) where mark.letter == id:
            pendingToggle = nil
            if !showsHidden {
                isReading = false
                select(min(selected, rows.count - 1), context)
            }
            return [.report(Report(SendingWords.fill(words.hidden, ["name": SafeText.line(mark.from)])))]
        case .delete:
            pendingToggle = nil
            return [.report(Report(words.shownAgain))]
        default:
            return []
        }
    }

    private mutating func select(_ row: Int, _ context: ScreenContext) {
        selected = max(0, min(row, rows.count - 1))
        top = Viewport.top(stored: top, selected: selected, count: rows.count, height: LettersView.listHeight(context))
    }

    // MARK: Render

    public func render(into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        if isReading, let letter = selectedLetter {
            LettersView.renderLetter(letter, box: box, scroll: scroll, into: &canvas, area: area, context: context)
        } else {
            LettersView.renderList(self, into: &canvas, area: area, context: context)
        }
    }
}
