import TendCore

/// Notes one good or hard moment for the week's balance: a line of text
/// and, if it helps, who it was with. Enter saves; Esc leaves (asking first
/// when something is written).
public struct TallyScreen: Screen {
    enum Field { case text, person }

    public let title = "Balance"
    let tone: Tally.Tone
    private(set) var text = LineEditor(limit: 2000)
    private(set) var person = LineEditor(limit: 200)
    private(set) var focus = Field.text
    private(set) var hint: String?
    private var confirmingLeave = false
    private var saves = PendingSaves()
    static let saveTag: SaveTag = "tally"
    /// The draft this screen took up again, whose file it goes on writing.
    private var draftID = ""

    public init(tone: Tally.Tone) { self.tone = tone }

    /// Takes up an unfinished note where it was left.
    public init(resuming draft: Draft) {
        tone = draft.choices["tone"] == 0 ? .negative : .positive
        draftID = draft.id
        text = LineEditor(draft["text"], limit: max(2000, draft["text"].count))
        person = LineEditor(draft["person"], limit: max(200, draft["person"].count))
        focus = draft.step == "person" ? .person : .text
    }

    enum Intent: Sendable { case save, switchField, leave }

    private static let keys = KeyMap<Intent>([
        KeyBinding([.enter], "Enter", "save the moment", .save, footer: "save"),
        KeyBinding([.tab, .backTab, .down, .up], "Tab", "between the moment and the name (completes a name)",
                   .switchField, footer: "with whom"),
        KeyBinding([.escape], "Esc", "leave (asks first if you have written something)", .leave, footer: "back"),
    ])

    public var keyHelp: ScreenKeys { Self.keys.keyHelp }
    public var isTakingText: Bool { true }
    public var hasDraft: Bool { !text.isEmpty || !person.isEmpty }
    public var draftKind: Draft.Kind? { .tally }

    public var draft: Draft? {
        guard hasDraft else { return nil }
        return Draft(kind: .tally, id: draftID, step: focus == .person ? "person" : "text",
                     words: ["text": text.text, "person": person.text], choices: ["tone": tone == .positive ? 1 : 0])
    }

    public mutating func update(_ event: Event, context: ScreenContext) -> [Effect] {
        switch event {
        case .keyPressed(let key): return handle(key, context: context)
        case .saved:
            guard let (_, result) = saves.answer(to: event), case .success = result else { return [] }
            return [.report(Report(context.data.prompts.balance.saved(for: tone))), .pop]
        default:
            return []
        }
    }

    private mutating func handle(_ key: Key, context: ScreenContext) -> [Effect] {
        let wasConfirming = confirmingLeave
        confirmingLeave = false
        hint = nil
        guard let intent = Self.keys.intent(for: key) else {
            let outcome = focus == .text ? text.handle(key) : person.handle(key)
            if case .refused(let limit) = outcome {
                hint = "That is more than \(Plural.count(limit, "character")); nothing was pasted."
                return [.bell]
            }
            return []
        }
        switch intent {
        case .switchField:
            if focus == .person { completeName(context) }
            focus = focus == .text ? .person : .text
        case .leave:
            if hasDraft && !wasConfirming {
                confirmingLeave = true
                hint = "Leave without saving? Esc again leaves; any other key keeps writing."
                return []
            }
            return [.pop]
        case .save:
            if focus == .person { completeName(context) }
            let words = text.text.trimmingCharacters(in: .whitespaces)
            guard !words.isEmpty else { focus = .text; hint = "A few words are enough."; return [] }
            let name = person.text.trimmingCharacters(in: .whitespaces)
            return saves.save(.tally(Tally(tone: tone, text: words, person: name.isEmpty ? nil : name)), tag: Self.saveTag)
        }
        return []
    }

    private mutating func completeName(_ context: ScreenContext) {
        if let name = NameCompletion.match(for: person.text, among: context.data.journal.people) { person.set(name) }
    }

    public func render(into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        let words = context.data.prompts.balance
        let x = area.x + 2, width = area.width - 4
        // Blank rows between the parts only when the window has them to spare.
        let gap = area.height >= 12 ? 1 : 0
        var y = area.y + gap
        let sign = tone == .positive ? "+" : "−"
        canvas.write(sign, x: x, y: y, style: Style(tone == .positive ? .good : .warm, bold: true))
        canvas.write(words.prompt(for: tone), x: x + 2, y: y, style: Style(bold: true), truncatingTo: width - 2)
        y += 1 + gap
        text.render(into: &canvas, x: x, y: y, width: width, hasFocus: focus == .text)
        y += 1 + gap
        let label = 6
        canvas.write("With", x: x, y: y, style: .muted)
        let suggestion = focus == .person ? NameCompletion.suggestion(for: person.text, among: context.data.journal.people) : nil
        person.render(into: &canvas, x: x + label, y: y, width: min(30, width - label), suggestion: suggestion,
                      hasFocus: focus == .person)
        canvas.write("optional", x: x + label + min(30, width - label) + 1, y: y, style: .muted,
                     truncatingTo: max(0, width - label - 31))
        y += 1 + gap
        let note = hint ?? words.tip(for: tone)
        for line in note.wrapped(toWidth: width) where y < area.maxY {
            canvas.write(line, x: x, y: y, style: hint != nil ? Style(.warm) : .muted)
            y += 1
        }
    }
}
