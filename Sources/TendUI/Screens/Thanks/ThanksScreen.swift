import TendCore

/// The bedtime appreciation: who, and one specific sentence about them.
/// Enter saves; a failed save keeps every word on screen. Afterwards, one key
/// each answers whether this morning's practice happened and whether
/// today's repair landed.
public struct ThanksScreen: Screen {
    /// The two fields, as the form's steps: Tab goes between them, and a
    /// draft remembers which one was being written.
    enum Field: String, FormStep {
        case person, sentence
        var name: String { rawValue }
        var draftName: String { rawValue }
    }
    enum Stage: Hashable, Sendable { case writing, sending(SendFlow), asking(BedtimeFollowUp) }

    public let title = "Bedtime appreciation"
    static let appreciationTag: SaveTag = "appreciation"
    static let answerTag: SaveTag = "follow-up"
    /// The fields as steps, the way out, the saves.
    private(set) var form: StepForm<Field>
    private(set) var person = TextField(limit: 200, maxWidth: 30, completesNames: true)
    private(set) var sentence = TextArea(limit: 4000, hasFocus: false, writesAtLength: true)
    private(set) var stage = Stage.writing
    /// The gentle nudge shown once when the sentence is generic.
    private(set) var nudge: String?
    /// Questions passed over with Esc, so the next one can come.
    private var skipped: Set<RecordID> = []
    /// Who the saved appreciation was for, for the line left in the shell.
    private var savedFor: String?

    public init(endsApp: Bool = false) {
        form = StepForm(saveTag: Self.appreciationTag, endsApp: endsApp)
    }

    /// Takes up an unfinished appreciation where it was left.
    public init(resuming draft: Draft, endsApp: Bool = false) {
        form = StepForm(saveTag: Self.appreciationTag, endsApp: endsApp,
                        step: draft.step == Field.person.draftName ? .person : .sentence, resuming: draft)
        person = TextField(draft["person"], limit: 200, maxWidth: 30, completesNames: true)
        sentence = TextArea(draft["text"], limit: 4000, writesAtLength: true)
        focusFields()
    }

    var focus: Field { form.step }
    var hint: String? { form.hint }

    public var keyHelp: ScreenKeys {
        if case .sending(let flow) = stage { return flow.keyHelp }
        guard case .writing = stage else { return keys.keyHelp }
        return keys.keyHelp.merged(with: sentence.keyHelp)
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
    private var hasWords: Bool {
        guard case .writing = stage else { return false }
        return !person.isEmpty || !sentence.isEmpty
    }
    public var hasDraft: Bool { form.hasDraft(hasWords: hasWords) }
    public var draftKind: Draft.Kind? { .appreciation }

    public var draft: Draft? {
        form.draft(.appreciation, hasWords: hasWords, words: ["person": person.text, "text": sentence.text])
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
            guard let (tag, result) = form.answer(to: event) else { return [] }
            guard case .success(let record) = result else {
                if tag == Self.appreciationTag { savedFor = nil }
                return []
            }
            // An answer was saved: never ask it again, even if the journal could not fold it in.
            if case .edit(let edit) = record.payload { skipped.insert(edit.target) }
            if case .focusDay(let day) = record.payload { skipped.insert(day.focus) }
            // Tonight's sentence is saved: offer to send it to the person it is about.
            if case .appreciation(let a) = record.payload, !a.person.trimmed().isEmpty {
                let flow = SendFlow(record: record)
                stage = .sending(flow)
                return flow.start()
            }
            return askNext(context)
        default: return []
        }
    }

    private mutating func handle(_ key: Key, context: ScreenContext) -> [Effect] {
        let wasAsking = form.takeKey()
        guard let intent = keys.intent(for: key) else { return edit(key) }
        switch intent {
        case .next:
            if focus == .person { person.completeName(context) }
            move(to: focus == .person ? .sentence : .person)
        case .previous:
            move(to: focus == .person ? .sentence : .person)
        case .submit:
            if focus == .person { person.completeName(context); move(to: .sentence); return [] }
            return submit(context)
        case .leave:
            return form.leave(hasWords: hasDraft, confirmed: wasAsking, stays: "any other key keeps writing.",
                              report: Report(hasDraft ? "Nothing saved." : "Maybe tomorrow."))
        case .yes, .no:
            guard case .asking(let question) = stage else { return [] }
            return form.save(question.answer(intent == .yes), tag: Self.answerTag)
        case .skip:
            guard case .asking(let question) = stage, form.saves.isEmpty else { return [] }
            skipped.insert(question.target.id)
            return askNext(context)
        }
        return []
    }

    /// Any other key goes to the field in focus.
    private mutating func edit(_ key: Key) -> [Effect] {
        form.hint = nil
        let outcome = focus == .person ? person.handle(key) : sentence.handle(key)
        if outcome == .edited, focus == .sentence { nudge = nil }
        // The sentence can be written at length; a name needs no editor.
        if outcome == .wantsEditor, focus == .sentence {
            return [.editText(EditRequest(field: Self.sentenceField, text: sentence.text))]
        }
        if case .refused(let limit) = outcome { return form.refused(limit: limit) }
        return []
    }

    static let sentenceField = "sentence"

    /// The words from the editor, line breaks and all; too many leave the sentence as it was.
    private mutating func takeEdited(_ text: String, context: ScreenContext) -> [Effect] {
        if case .refused(let limit) = sentence.take(edited: text) {
            form.hint = context.data.prompts.editor.tooLong(limit: limit)
            return [.bell]
        }
        move(to: .sentence)
        nudge = nil
        form.hint = nil
        return []
    }

    private mutating func submit(_ context: ScreenContext) -> [Effect] {
        let name = person.trimmed, text = sentence.trimmed
        guard !name.isEmpty else {
            move(to: .person)
            form.hint = "Who is it about? A name or a word like \"Mum\" is enough."
            return []
        }
        guard !text.isEmpty else { form.hint = "One sentence is all it takes."; return [] }
        if nudge == nil, let gentle = context.data.prompts.appreciation.nudge(for: text) {
            nudge = gentle
            return []
        }
        guard form.saves.isEmpty else { return [] }
        form.hint = nil
        savedFor = name
        return form.save(.appreciation(Appreciation(person: name, text: text)))
    }

    private mutating func move(to field: Field) {
        form.go(to: field)
        focusFields()
    }

    private mutating func focusFields() {
        person.hasFocus = focus == .person
        sentence.hasFocus = focus == .sentence
    }

    /// The send-off; from the shell also one line left there, with how a send went.
    /// On the evening a focus week ends, the look back follows (from the shell, a line says where it waits).
    private func finish(_ report: Report, after send: Report? = nil, lookBack: String? = nil,
                        context: ScreenContext) -> [Effect] {
        guard form.endsApp else { return [.report(report), lookBack == nil ? .pop : .replace(.reflection())] }
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
}
