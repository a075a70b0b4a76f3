import TendCore

/// The last step of a repair: the words it found, drafted from what it was
/// like for them, what was meant and one next step, to change with `e`,
/// then keep (Enter), copy (`c`, through the honest clipboard) or send to
/// the person (`s`, the send offer). Each of the three saves the repair
/// first, with the words, so nothing is lost whatever happens next.
struct RepairWordsStep: Equatable, Sendable {
    /// What the user chose to do with the words once the repair is saved.
    enum Choice: Hashable, Sendable { case keep, copy, send }

    enum Stage: Equatable, Sendable {
        case reading
        case editing(TextArea)
        /// Saved; the words are on their way to the clipboard.
        case copying
        /// Nothing could copy them: shown plainly, to select with the mouse.
        case showingPlainly
        case sending(SendFlow)
    }

    /// The words as they stand: the draft, or the user's own once changed.
    private(set) var text = ""
    /// True once the user changed the words: going back and changing an answer then leaves them be.
    private(set) var isEdited = false
    private(set) var stage = Stage.reading
    /// What was chosen, once it was; the save it waits for is the repair's.
    private(set) var choice: Choice?

    init(text: String = "", isEdited: Bool = false) {
        self.text = text
        self.isEdited = isEdited
    }

    var isEditing: Bool { if case .editing = stage { return true } else { return false } }

    /// The step comes into view: the draft follows the answers unless the words were changed.
    mutating func refresh(draft: String) {
        if !isEdited { text = draft }
    }

    mutating func startEditing() { stage = .editing(TextArea(text, limit: 4000, maxRows: 6, writesAtLength: true)) }

    static let editorField = "repair-words"

    /// While editing: the words, for the user's own editor (Ctrl-X Ctrl-E).
    var editRequest: EditRequest? {
        guard case .editing(let area) = stage else { return nil }
        return EditRequest(field: Self.editorField, text: area.text)
    }

    /// The editing keys, Ctrl-X Ctrl-E among them, while the words are being changed.
    var keyHelp: ScreenKeys? {
        guard case .editing(let area) = stage else { return nil }
        return area.keyHelp
    }

    /// The words back from the editor, line breaks kept, still to accept with Enter.
    mutating func take(edited text: String) -> LineEditor.Outcome {
        guard case .editing(var area) = stage else { return .ignored }
        let outcome = area.take(edited: text)
        stage = .editing(area)
        return outcome
    }

    /// Enter while editing: the words become these (empty words put the draft back).
    mutating func acceptEdit(draft: String) {
        guard case .editing(let area) = stage else { return }
        let words = area.trimmed
        text = words.isEmpty ? draft : words
        isEdited = !words.isEmpty && words != draft
        stage = .reading
    }

    mutating func cancelEdit() { stage = .reading }

    /// A key typed while editing.
    mutating func edit(_ key: Key) -> LineEditor.Outcome {
        guard case .editing(var area) = stage else { return .ignored }
        let outcome = area.handle(key)
        stage = .editing(area)
        return outcome
    }

    mutating func choose(_ choice: Choice) { self.choice = choice }

    /// The repair is saved: what the choice needs next.
    mutating func saved(_ record: Record) -> [Effect] {
        switch choice {
        case .copy?:
            stage = .copying
            return [.copyText(text)]
        case .send?:
            let flow = SendFlow(record: record)
            stage = .sending(flow)
            return flow.start()
        case .keep?, nil:
            return []
        }
    }

    /// Copying came back; true when the words must be shown to copy by hand.
    mutating func copied(_ result: ClipboardResult) -> Bool {
        guard case .copying = stage else { return false }
        if case .unavailable = result { stage = .showingPlainly; return true }
        return false
    }

    /// Hands an event to the send offer while it is open; its closing words once it is over.
    mutating func updateSending(_ event: Event, context: ScreenContext) -> (effects: [Effect], closing: Report?, tried: Bool)? {
        guard case .sending(var flow) = stage else { return nil }
        let effects = flow.update(event, context: context)
        stage = .sending(flow)
        return (effects, flow.closing, flow.hasTried)
    }

    func render(into canvas: inout Canvas, area: Rect, hint: String?, context: ScreenContext) {
        let words = context.data.prompts.repairDraft
        if case .sending(let flow) = stage {
            return SendFlowView.render(flow, heading: "Saved.", into: &canvas, area: area, context: context)
        }
        let content = area.content
        let gap = area.height >= 12 ? 1 : 0
        var flow = Flow(content)
        switch stage {
        case .showingPlainly:
            // Plain lines, no bar or indent, so a mouse selection copies just the words; the note below them.
            // The words come first: the note takes what rows are left, one at least.
            let note = Paragraph(context.data.prompts.sending.plain, style: Style(.warm), overflowMark: "…")
            let lines = SendFlowView.plainLines(text, width: area.width)
            let shown = min(lines.count, max(1, area.dropping(bottom: 1 + gap).height))
            var rows = Flow(area)
            for line in lines.prefix(shown) { canvas.write(line, in: rows.next()) }
            note.render(into: &canvas, area: content.dropping(top: shown + gap))
        case .editing(let field):
            canvas.write(words.words, in: flow.next(), style: Style(bold: true))
            flow.skip(gap)
            field.render(into: &canvas, area: flow.next(field.height(width: flow.rest.width, limit: flow.rest.dropping(bottom: 2).height)),
                         context: context)
            flow.skip(gap)
            flow.place(Paragraph("Enter keeps these words; Esc puts them back as they were.", style: .muted), into: &canvas)
        default:
            canvas.write(words.words, in: flow.next(), style: Style(bold: true))
            flow.skip(gap)
            let tip = Paragraph(hint ?? words.wordsTip, style: hint != nil ? Style(.warm) : .muted)
            let tipRows = tip.height(width: content.width, limit: 2)
            let quote = Paragraph(SafeText.line(text))
            let quoteArea = flow.next(min(quote.height(width: content.dropping(left: 2).width),
                                          max(1, flow.rest.dropping(bottom: tipRows + gap).height)))
            // A quiet bar beside the words, so they read as a quote.
            var bar = Flow(quoteArea)
            while !bar.isFull { canvas.write("│", in: bar.next(), style: Style(.accent)) }
            Paragraph(quote.text, overflowMark: "…").render(into: &canvas, area: quoteArea.dropping(left: 2))
            flow.skip(gap)
            flow.place(tip, into: &canvas)
        }
    }
}
