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
    enum Loading: Hashable, Sendable { case waiting, requested, loaded }

    /// Hiding and showing again, one at a time.
    static let hideTag: SaveTag = "letters.hide"
    /// A read note, one per letter: reading on quickly saves each once.
    static func readTag(_ letter: ReceivedLetter) -> SaveTag { SaveTag("letters.read.\(letter.id)") }

    public let title = "Letters"
    private(set) var box: LetterBox
    private(set) var loading = Loading.waiting
    /// The rows of `rows`; a page moves the selection a page.
    private(set) var list: ScrollingList
    private(set) var isReading = false
    /// How far down the open letter's words are scrolled.
    private(set) var scroll = 0
    private(set) var showsHidden = false
    private var saves = PendingSaves()

    public init(context: ScreenContext) {
        box = context.data.letters
        list = ScrollingList(count: 0, keys: [], pageHeight: LettersLayout.listHeight(context), pagesMoveSelection: true)
        list.resize(count: rows.count)
    }

    /// What the list shows, newest first.
    var rows: [ReceivedLetter] { showsHidden ? box.letters : box.shown }

    var selectedLetter: ReceivedLetter? {
        guard let row = list.selected, rows.indices.contains(row) else { return nil }
        return rows[row]
    }

    // MARK: Keys

    enum Intent: Hashable, Sendable { case move(ListMove), open, hide, toggleHidden, back }

    private static let moving = ListMove.bindings(next: "next letter", previous: "previous letter", first: "newest",
                                                  last: "oldest").map { $0.map(Intent.move) }

    private var keys: KeyMap<Intent> {
        let isHidden = selectedLetter.map(box.isHidden) == true
        let hide = KeyBinding<Intent>([.character("h")], "h", isHidden ? "bring it back into sight" : "put it out of sight (here only)",
                                      .hide, footer: isHidden ? "bring back" : "hide")
        if isReading {
            return KeyMap([
                KeyBinding([.down, .character("j")], "j/↓", "the next letter (older)", .move(.down), footer: "next"),
                KeyBinding([.up, .character("k")], "k/↑", "the letter before (newer)", .move(.up)),
                KeyBinding([.pageDown, .character(" ")], "PgDn", "more of the words", .move(.pageDown)),
                KeyBinding([.pageUp], "PgUp", "back up the words", .move(.pageUp)),
                hide,
                KeyBinding([.escape, .character("q")], "Esc", "back to the letters", .back, footer: "letters"),
            ])
        }
        var bindings: [KeyBinding<Intent>] = []
        if !rows.isEmpty {
            bindings.append(KeyBinding([.enter], "Enter", "read it", .open, footer: "read"))
            bindings += Self.moving + [hide]
        }
        if !box.hiddenBy.isEmpty || showsHidden {
            bindings.append(KeyBinding([.character("a")], "a", showsHidden ? "leave out the hidden ones" : "show hidden ones too",
                                       .toggleHidden))
        }
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
            refit(keeping: id, context)
            return []
        case .saved(_, let result):
            let answer = saves.answer(to: event)
            guard case .success(let record) = result else { return [] }
            let id = selectedLetter?.id
            box.note(record)
            refit(keeping: id, context)
            return answer?.tag == Self.hideTag ? hidden(record, context: context) : []
        case .ticked:
            return request()
        case .keyPressed(let key):
            let asked = request()
            list.resize(pageHeight: LettersLayout.listHeight(context))
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
        switch intent {
        case .back:
            if isReading { isReading = false; return [] }
            return [.pop]
        case .move(.pageDown) where isReading:
            let page = LettersLayout.letterPage(context)
            scroll = max(0, min(scroll + page, lineCount(context) - page))
        case .move(.pageUp) where isReading:
            scroll = max(0, scroll - LettersLayout.letterPage(context))
        case .move(let move):
            list.apply(move)
            return isReading ? opened() : []
        case .open:
            guard selectedLetter != nil else { return [] }
            isReading = true
            return opened()
        case .hide:
            guard let letter = selectedLetter else { return [] }
            return saves.save(box.hideToggle(for: letter), tag: Self.hideTag)
        case .toggleHidden:
            let id = selectedLetter?.id
            showsHidden.toggle()
            refit(keeping: id, context)
        }
        return []
    }

    /// The letter now on screen counts as read: its note, unless it has one.
    private mutating func opened() -> [Effect] {
        scroll = 0
        guard let letter = selectedLetter, let note = box.readNote(for: letter) else { return [] }
        return saves.save(note, tag: Self.readTag(letter))
    }

    /// What a saved hide or show says; a hidden letter leaves the list unless hidden ones show.
    private mutating func hidden(_ record: Record, context: ScreenContext) -> [Effect] {
        let words = context.data.prompts.letters
        switch record.payload {
        case .letterHidden(let mark):
            if !showsHidden { isReading = false }
            return [.report(Report(SendingWords.fill(words.hidden, ["name": SafeText.line(mark.from)])))]
        case .delete:
            return [.report(Report(words.shownAgain))]
        default:
            return []
        }
    }

    /// Fits the list to the rows now shown, on the same letter when it is still there.
    private mutating func refit(keeping id: RecordID?, _ context: ScreenContext) {
        list.resize(count: rows.count, pageHeight: LettersLayout.listHeight(context))
        if let id, let row = rows.firstIndex(where: { $0.id == id }) { list.select(row) }
        if selectedLetter == nil { isReading = false }
    }

    private func lineCount(_ context: ScreenContext) -> Int {
        guard let letter = selectedLetter else { return 0 }
        return LettersView.body(letter, context.data.prompts.letters).wrapped(toWidth: LettersLayout.wordsWidth(context)).count
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
