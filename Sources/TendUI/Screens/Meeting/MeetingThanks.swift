import TendCore

/// The thank-you that opens a meeting: for whom and one sentence, the
/// nudge once when the sentence is only a generic phrase, and the hint
/// when something is missing. A part of `MeetingOpenScreen`.
struct MeetingThanks: Component {
    enum Field: String, Hashable, Sendable { case person, sentence }

    private(set) var person = TextField(limit: 200, maxWidth: 30, completesNames: true)
    private(set) var sentence = TextArea(limit: 4000, hasFocus: false, writesAtLength: true)
    private(set) var focus = Field.person
    /// Shown once when the sentence is generic; Enter again saves it as it is.
    private(set) var nudge: String?
    var hint: String?

    init() {}

    /// Its words back from a draft.
    init(person: String, text: String, focus: Field) {
        self.person = TextField(person, limit: 200, maxWidth: 30, completesNames: true)
        sentence = TextArea(text, limit: 4000, writesAtLength: true)
        self.focus = focus
        focusFields()
    }

    var hasWords: Bool { !person.isEmpty || !sentence.isEmpty }
    var keyHelp: ScreenKeys { focus == .sentence ? sentence.keyHelp : person.keyHelp }

    /// What Enter leads to.
    enum Submission: Equatable { case stay, ready(person: String, text: String) }

    /// Enter: on the name, on to the sentence; on the sentence, ready when both are there.
    mutating func submit(_ context: ScreenContext) -> Submission {
        hint = nil
        if focus == .person {
            person.completeName(context)
            move(to: .sentence)
            return .stay
        }
        guard !person.trimmed.isEmpty else {
            move(to: .person)
            hint = "Who is it for? A name, or a word like \"the team\", is enough."
            return .stay
        }
        guard !sentence.trimmed.isEmpty else { hint = "One sentence is all it takes."; return .stay }
        if nudge == nil, let gentle = context.data.prompts.appreciation.nudge(for: sentence.trimmed) {
            nudge = gentle
            return .stay
        }
        return .ready(person: person.trimmed, text: sentence.trimmed)
    }

    /// Tab and S-Tab: the other field (Tab completes a known name first).
    mutating func switchField(_ context: ScreenContext) {
        if focus == .person { person.completeName(context) }
        move(to: focus == .person ? .sentence : .person)
    }

    /// Any other key goes to the field in focus.
    mutating func handle(_ key: Key) -> LineEditor.Outcome {
        hint = nil
        switch focus {
        case .person: return person.handle(key)
        case .sentence:
            let outcome = sentence.handle(key)
            if outcome == .edited { nudge = nil }
            return outcome
        }
    }

    static let editorField = "meeting-thanks"

    /// Ctrl-X Ctrl-E on the sentence: its words, for the user's own editor.
    var editRequest: EditRequest? {
        focus == .sentence ? EditRequest(field: Self.editorField, text: sentence.text) : nil
    }

    /// The words back from the editor, line breaks kept; too many leave the sentence as it was.
    mutating func take(edited text: String) -> LineEditor.Outcome {
        let outcome = sentence.take(edited: text)
        if outcome == .edited { nudge = nil; hint = nil }
        return outcome
    }

    mutating func update(_ event: Event, context: ScreenContext) -> [Effect] {
        guard case .keyPressed(let key) = event, case .refused = handle(key) else { return [] }
        return [.bell]
    }

    private mutating func move(to field: Field) {
        focus = field
        focusFields()
    }

    private mutating func focusFields() {
        person.hasFocus = focus == .person
        sentence.hasFocus = focus == .sentence
    }

    func render(into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        let words = context.data.prompts.meeting
        // Blank rows between the parts only when the window has them to spare.
        let gap = area.height >= 12 ? 1 : 0
        var flow = Flow(area)
        canvas.write(words.thanksWho, in: flow.next(), style: Style(bold: true))
        person.render(into: &canvas, area: flow.next(), context: context)
        flow.skip(gap)
        canvas.write(words.thanksWhat, in: flow.next(), style: Style(bold: true))
        // The sentence wraps over up to three rows (two in a small window), so all of it can be read.
        let rows = sentence.height(width: flow.rest.width, limit: area.height >= 12 ? 3 : 2)
        sentence.render(into: &canvas, area: flow.next(rows), context: context)
        flow.skip(gap)
        let note = hint ?? nudge ?? words.thanksTip
        flow.place(Paragraph(note, style: hint != nil || nudge != nil ? Style(.warm) : .muted), into: &canvas)
        if nudge != nil, hint == nil {
            canvas.write("Enter again saves it as it is.", in: flow.next(), style: .muted)
        }
    }
}
