import TendCore

/// Notes one good or hard moment for the week's balance: a line of text
/// and, if it helps, who it was with. Enter saves; Esc leaves (asking first
/// when something is written).
public struct TallyScreen: Screen {
    /// The two fields, as the form's steps: Tab goes between them, and a
    /// draft remembers which one was being written.
    enum Field: String, FormStep {
        case text, person
        var name: String { rawValue }
        var draftName: String { rawValue }
    }

    static let saveTag: SaveTag = "tally"

    public let title = "Balance"
    let tone: Tally.Tone
    private(set) var form: StepForm<Field>
    private(set) var text = TextField(limit: 2000)
    private(set) var person = TextField(limit: 200, maxWidth: 30, completesNames: true, hasFocus: false)

    public init(tone: Tally.Tone) {
        self.tone = tone
        form = StepForm(saveTag: Self.saveTag)
    }

    /// Takes up an unfinished note where it was left.
    public init(resuming draft: Draft) {
        tone = draft.choices["tone"] == 0 ? .negative : .positive
        form = StepForm(saveTag: Self.saveTag, resuming: draft)
        text = TextField(draft["text"], limit: 2000)
        person = TextField(draft["person"], limit: 200, maxWidth: 30, completesNames: true)
        focus()
    }

    var focused: Field { form.step }
    var hint: String? { form.hint }

    enum Intent: Sendable { case save, switchField, leave }

    private static let keys = KeyMap<Intent>([
        KeyBinding([.enter], "Enter", "save the moment", .save, footer: "save"),
        KeyBinding([.tab, .backTab, .down, .up], "Tab", "between the moment and the name (completes a name)",
                   .switchField, footer: "with whom"),
        KeyBinding([.escape], "Esc", "leave (asks first if you have written something)", .leave, footer: "back"),
    ])

    public var keyHelp: ScreenKeys { Self.keys.keyHelp.merged(with: text.keyHelp) }
    public var isTakingText: Bool { true }
    private var hasWords: Bool { !text.isEmpty || !person.isEmpty }
    public var hasDraft: Bool { form.hasDraft(hasWords: hasWords) }
    public var draftKind: Draft.Kind? { .tally }

    public var draft: Draft? {
        form.draft(.tally, hasWords: hasWords, words: ["text": text.text, "person": person.text],
                   choices: ["tone": tone == .positive ? 1 : 0])
    }

    public mutating func update(_ event: Event, context: ScreenContext) -> [Effect] {
        switch event {
        case .keyPressed(let key): return handle(key, context: context)
        case .saved:
            guard let (_, result) = form.answer(to: event), case .success = result else { return [] }
            return form.close(report: Report(context.data.prompts.balance.saved(for: tone)))
        default:
            return []
        }
    }

    private mutating func handle(_ key: Key, context: ScreenContext) -> [Effect] {
        let wasAsking = form.takeKey()
        form.hint = nil
        guard let intent = Self.keys.intent(for: key) else {
            let outcome = focused == .text ? text.handle(key) : person.handle(key)
            if case .refused(let limit) = outcome { return form.refused(limit: limit) }
            return []
        }
        switch intent {
        case .switchField:
            if focused == .person { person.completeName(context) }
            form.go(to: focused == .text ? .person : .text)
            focus()
        case .leave:
            return form.leave(hasWords: hasWords, confirmed: wasAsking, stays: "any other key keeps writing.", report: nil)
        case .save:
            if focused == .person { person.completeName(context) }
            guard !text.trimmed.isEmpty else {
                form.go(to: .text)
                focus()
                form.hint = "A few words are enough."
                return []
            }
            let name = person.trimmed
            return form.save(.tally(Tally(tone: tone, text: text.trimmed, person: name.isEmpty ? nil : name)))
        }
        return []
    }

    private mutating func focus() {
        text.hasFocus = focused == .text
        person.hasFocus = focused == .person
    }

    public func render(into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        let words = context.data.prompts.balance
        // Blank rows between the parts only when the window has them to spare.
        let gap = area.height >= 12 ? 1 : 0
        let rows = Layout.rows(area.content.dropping(top: gap), [.fixed(1), .fixed(1), .fixed(1), .fill], gap: gap)
        let heading = Layout.columns(rows[0], [.fixed(2), .fill])
        canvas.write(tone == .positive ? "+" : "−", in: heading[0], style: Style(tone == .positive ? .good : .warm, bold: true))
        canvas.write(words.prompt(for: tone), in: heading[1], style: Style(bold: true))
        text.render(into: &canvas, area: rows[1], context: context)
        let with = Layout.columns(rows[2], [.fixed(6), .atMost(30), .fixed(1), .fill])
        canvas.write("With", in: with[0], style: .muted)
        person.render(into: &canvas, area: with[1], context: context)
        canvas.write("optional", in: with[3], style: .muted)
        Paragraph(hint ?? words.tip(for: tone), style: hint != nil ? Style(.warm) : .muted)
            .render(into: &canvas, area: rows[3])
    }
}
