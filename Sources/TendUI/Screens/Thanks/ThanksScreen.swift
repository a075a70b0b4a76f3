import TendCore

/// The bedtime appreciation: who, and one specific sentence about them.
/// Enter saves; a failed save keeps every word on screen. Afterwards, one key
/// each answers whether this morning's practice happened and whether
/// today's repair landed.
public struct ThanksScreen: Screen {
    enum Field { case person, sentence }
    enum Stage: Hashable, Sendable { case writing, sending(SendFlow), asking(BedtimeFollowUp) }

    public let title = "Bedtime appreciation"
    private(set) var person = LineEditor(limit: 200)
    private(set) var sentence = LineEditor(limit: 4000)
    private(set) var focus = Field.person
    private(set) var stage = Stage.writing
    /// The gentle nudge shown once when the sentence is generic.
    private(set) var nudge: String?
    private(set) var hint: String?
    /// Questions passed over with Esc, so the next one can come.
    private var skipped: Set<RecordID> = []
    private var confirmingLeave = false
    private var saves = PendingSaves()
    static let appreciationTag: SaveTag = "appreciation"
    static let answerTag: SaveTag = "follow-up"
    /// Once the appreciation is saved nothing is left to lose, even while the screen stays up.
    private var isSaved = false
    private let endsApp: Bool
    /// The draft this screen took up again, whose file it goes on writing.
    private var draftID = ""
    /// Who the saved appreciation was for, for the line left in the shell.
    private var savedFor: String?

    public init(endsApp: Bool = false) { self.endsApp = endsApp }

    /// Takes up an unfinished appreciation where it was left.
    public init(resuming draft: Draft, endsApp: Bool = false) {
        self.endsApp = endsApp
        draftID = draft.id
        person = LineEditor(draft["person"], limit: max(200, draft["person"].count))
        sentence = LineEditor(draft["text"], limit: max(4000, draft["text"].count))
        focus = draft.step == "person" ? .person : .sentence
    }

    enum Intent: Sendable { case next, previous, submit, leave, yes, no, skip }

    private var keys: KeyMap<Intent> {
        if case .asking(let question) = stage {
            return KeyMap([
                KeyBinding([.character("y")], "y", "yes", .yes, footer: "yes"),
                KeyBinding([.character("n")], "n", question.noLabel, .no, footer: question.noLabel),
                KeyBinding([.escape, .enter], "Esc", "skip the question", .skip, footer: "skip"),
            ])
        }
        return KeyMap([
            KeyBinding([.enter], "Enter", focus == .person ? "go on to the sentence" : "save", .submit,
                       footer: focus == .person ? "next" : "save"),
            KeyBinding([.tab, .down], "Tab", "next field (completes a known name)", .next, footer: "next field"),
            KeyBinding([.backTab, .up], "S-Tab", "previous field", .previous),
            KeyBinding([.escape], "Esc", "leave (asks first if you have written something)", .leave, footer: "back"),
        ])
    }

    public var keyHelp: ScreenKeys {
        if case .sending(let flow) = stage { return flow.keyHelp }
        var help = keys.keyHelp
        if case .writing = stage {
            help.all += [KeyHelp("Ctrl-A/E", "start or end of line"), KeyHelp("Alt-B/F", "word back or forward"),
                         KeyHelp("Ctrl-W", "delete a word"), KeyHelp("Ctrl-U/K", "delete to start or end"),
                         LineEditor.editorKeyHelp]
        }
        return help
    }

    public var isTakingText: Bool {
        switch stage {
        case .writing: return true
        case .sending(let flow): return flow.isTakingText
        case .asking: return false
        }
    }

    public func nextFrame(after now: Moment) -> Moment? {
        if case .sending(let flow) = stage { return flow.nextFrame(after: now) }
        return nil
    }

    /// Words not saved yet (once saved, offering to send or asking loses nothing).
    public var hasDraft: Bool {
        guard case .writing = stage else { return false }
        return !isSaved && (!person.isEmpty || !sentence.isEmpty)
    }
    public var draftKind: Draft.Kind? { .appreciation }

    public var draft: Draft? {
        guard hasDraft else { return nil }
        return Draft(kind: .appreciation, id: draftID, step: focus == .person ? "person" : "sentence",
                     words: ["person": person.text, "text": sentence.text])
    }

    public mutating func update(_ event: Event, context: ScreenContext) -> [Effect] {
        if case .sending(var flow) = stage {
            let effects = flow.update(event, context: context)
            stage = .sending(flow)
            guard let closing = flow.closing else { return effects }
            return effects + askNext(context, after: closing, tried: flow.hasTried)
        }
        switch event {
        case .keyPressed(let key): return handle(key, context: context)
        case .textEdited(let request, .success(let text)) where request.field == Self.sentenceField:
            return takeEdited(text, context: context)
        case .saved:
            guard let (tag, result) = saves.answer(to: event) else { return [] }
            guard case .success(let record) = result else {
                if tag == Self.appreciationTag { savedFor = nil }
                return []
            }
            if case .appreciation = record.payload { isSaved = true }
            // An answer was saved: never ask it again, even if the journal could not fold it in.
            if case .edit(let edit) = record.payload { skipped.insert(edit.target) }
            if case .focusDay(let day) = record.payload { skipped.insert(day.focus) }
            // Tonight's sentence is saved: offer to send it to the person it is about.
            if case .appreciation(let a) = record.payload, !a.person.trimmingCharacters(in: .whitespaces).isEmpty {
                let flow = SendFlow(record: record)
                stage = .sending(flow)
                return flow.start()
            }
            return askNext(context)
        default: return []
        }
    }

    private mutating func handle(_ key: Key, context: ScreenContext) -> [Effect] {
        let wasConfirming = confirmingLeave
        confirmingLeave = false
        guard let intent = keys.intent(for: key) else {
            hint = nil
            var field = focus == .person ? person : sentence
            let outcome = field.handle(key)
            if focus == .person { person = field } else { sentence = field }
            if outcome == .edited, focus == .sentence { nudge = nil }
            // The sentence can be written at length; a name needs no editor.
            if outcome == .wantsEditor, focus == .sentence {
                return [.editText(EditRequest(field: Self.sentenceField, text: sentence.text))]
            }
            if case .refused(let limit) = outcome {
                hint = "That is more than \(Plural.count(limit, "character")); nothing was pasted."
                return [.bell]
            }
            return []
        }
        switch intent {
        case .next:
            if focus == .person { completeName(context); focus = .sentence } else { focus = .person }
        case .previous:
            focus = focus == .person ? .sentence : .person
        case .submit:
            if focus == .person { completeName(context); focus = .sentence; return [] }
            return submit(context)
        case .leave:
            if hasDraft && !wasConfirming {
                confirmingLeave = true
                hint = "Leave without saving? Esc again leaves; any other key keeps writing."
                return []
            }
            return [.report(Report(hasDraft ? "Nothing saved." : "Maybe tomorrow.")), endsApp ? .quit(status: 0) : .pop]
        case .yes, .no:
            guard case .asking(let question) = stage else { return [] }
            return saves.save(question.answer(intent == .yes), tag: Self.answerTag)
        case .skip:
            guard case .asking(let question) = stage, saves.isEmpty else { return [] }
            skipped.insert(question.target.id)
            return askNext(context)
        }
        return []
    }

    static let sentenceField = "sentence"

    /// The words from the editor, line breaks and all; too many leave the sentence as it was.
    private mutating func takeEdited(_ text: String, context: ScreenContext) -> [Effect] {
        if case .refused(let limit) = sentence.take(edited: text) {
            hint = SendingWords.fill(context.data.prompts.editor.tooLong, ["count": "\(limit)"])
            return [.bell]
        }
        focus = .sentence
        nudge = nil
        hint = nil
        return []
    }

    private mutating func completeName(_ context: ScreenContext) {
        if let name = NameCompletion.match(for: person.text, among: context.data.journal.people) { person.set(name) }
    }

    private mutating func submit(_ context: ScreenContext) -> [Effect] {
        let name = person.text.trimmingCharacters(in: .whitespaces)
        let text = sentence.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { focus = .person; hint = "Who is it about? A name or a word like \"Mum\" is enough."; return [] }
        guard !text.isEmpty else { hint = "One sentence is all it takes."; return [] }
        if nudge == nil, let gentle = context.data.prompts.appreciation.nudge(for: text) {
            nudge = gentle
            return []
        }
        guard saves.isEmpty else { return [] }
        hint = nil
        savedFor = name
        return saves.save(.appreciation(Appreciation(person: name, text: text)), tag: Self.appreciationTag)
    }

    /// The send-off; from the shell also one line left there, with how a send went.
    /// On the evening a focus week ends, the look back follows (from the shell, a line says where it waits).
    private func finish(_ report: Report, after send: Report? = nil, lookBack: String? = nil,
                        context: ScreenContext) -> [Effect] {
        guard endsApp else { return [.report(report), lookBack == nil ? .pop : .replace(.reflection())] }
        let saved = context.data.prompts.shell.appreciation
        let line = savedFor.map { [SendingWords.fill(saved, ["name": $0]), send?.text].compactMap { $0 }.joined(separator: " ") }
        return [.report(report)] + ([line, lookBack].compactMap { $0 }.map { .leaveWord($0) }) + [.quit(status: 0)]
    }

    /// The next question after the appreciation (or an answer) was saved, or
    /// the send-off, which carries how the send went when there was one.
    private mutating func askNext(_ context: ScreenContext, after send: Report? = nil, tried: Bool = false) -> [Effect] {
        guard let question = BedtimeFollowUp.next(context, skipping: skipped) else {
            let lookBack = BedtimeFollowUp.lookBack(context)
            guard let send else { return finish(Report("Saved. Sleep well."), lookBack: lookBack, context: context) }
            return finish(Report(send.text + " Sleep well.", tone: send.tone), after: tried ? send : nil, lookBack: lookBack, context: context)
        }
        stage = .asking(question)
        return send.map { [.report($0)] } ?? []
    }

    public func render(into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        if case .sending(let flow) = stage {
            return SendFlowView.render(flow, heading: "Saved.", into: &canvas, area: area, context: context)
        }
        let x = area.x + 2, width = area.width - 4
        var y = area.y + 1
        if case .asking(let question) = stage {
            canvas.write("Saved.", x: x, y: y, style: Style(.good, bold: true))
            y += 2
            let lines = question.lines(context.data.prompts)
            for (index, text) in lines.enumerated() {
                let style = index == lines.count - 1 ? Style(bold: true) : Style.plain
                for line in text.wrapped(toWidth: width) where y < area.maxY {
                    canvas.write(line, x: x, y: y, style: style)
                    y += 1
                }
            }
            return
        }
        let prompt = context.data.prompts.bedtime.prompt(forDay: context.dayNumber)
        for line in prompt.wrapped(toWidth: width) where y < area.maxY {
            canvas.write(line, x: x, y: y, style: Style(.warm, bold: true))
            y += 1
        }
        // Breathing room between fields, when the window has it.
        let gap = area.height >= 12 ? 2 : 1
        y += gap - 1
        let label = 7
        canvas.write("About", x: x, y: y, style: .muted)
        let suggestion = focus == .person ? NameCompletion.suggestion(for: person.text, among: context.data.journal.people) : nil
        person.render(into: &canvas, x: x + label, y: y, width: min(30, width - label), suggestion: suggestion,
                      hasFocus: focus == .person)
        y += gap
        canvas.write("Wrote", x: x, y: y, style: .muted)
        // The sentence wraps over up to three rows (two in a small window), so all of it can be read.
        let rows = sentence.rowsNeeded(width: width - label, limit: area.height >= 12 ? 3 : 2)
        sentence.renderWrapped(into: &canvas, x: x + label, y: y, width: width - label, rows: rows,
                               hasFocus: focus == .sentence)
        y += gap + rows - 1
        let note = hint ?? nudge ?? context.data.prompts.appreciation.tip
        let style = hint != nil || nudge != nil ? Style(.warm) : Style.muted
        for line in note.wrapped(toWidth: width) where y < area.maxY {
            canvas.write(line, x: x, y: y, style: style)
            y += 1
        }
        if nudge != nil, y < area.maxY {
            canvas.write("Enter again saves it as it is.", x: x, y: y, style: .muted, truncatingTo: width)
        }
    }
}
