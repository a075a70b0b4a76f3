import TendCore

/// The guided repair after a rough moment, in under a minute: one breath,
/// how long ago, what happened and with whom, the part that was yours, what
/// it was like for them, what you meant, one next step, a way back to each
/// other, and the words to say, drafted from those answers, to keep, copy
/// or send. Esc steps back; only the last step saves.
public struct RepairScreen: Screen {
    typealias Step = RepairStep
    enum Field { case who, what }

    static let breathSeconds = 3.0
    static let saveTag: SaveTag = "repair"

    public let title = "Repair"
    private(set) var form: StepForm<Step>
    private(set) var breathStart: Double
    private(set) var latency = Repair.Latency.justNow
    private(set) var who = TextField(limit: 200, maxWidth: 30, completesNames: true)
    private(set) var happened = TextField(limit: 2000, hasFocus: false)
    private(set) var myPart = TextField(limit: 2000)
    private(set) var focus = Field.who
    private(set) var gestureOffset = 0
    /// Shown once when the line reads as a verdict; Enter again goes on.
    private(set) var nudge: String?
    /// What it was like for them, what you meant, one next step.
    private(set) var talk: RepairTalk
    /// The words, and what becomes of them.
    private(set) var words = RepairWordsStep()
    let breath: BreathView

    /// - Parameters:
    ///   - animated: overrides the config's `display.animation`.
    ///   - endsApp: true when started from the shell (`tend repair`).
    public init(context: ScreenContext, animated: Bool? = nil, endsApp: Bool = false) {
        breathStart = context.now.uptime
        breath = BreathView(plan: BreathPlan(duration: Self.breathSeconds), isAnimated: animated ?? context.allowsMotion)
        form = StepForm(saveTag: Self.saveTag, endsApp: endsApp)
        talk = RepairTalk(stepCount: context.data.prompts.repairDraft.nextSteps.count)
    }

    /// A repair with someone already named: the morning line after a "not yet".
    public init(context: ScreenContext, who name: String, animated: Bool? = nil) {
        self.init(context: context, animated: animated)
        who = TextField(name, limit: 200, maxWidth: 30, completesNames: true)
        focus(.what)
    }

    /// Takes up an unfinished repair at the step where it was left.
    public init(resuming draft: Draft, context: ScreenContext, animated: Bool? = nil, endsApp: Bool = false) {
        self.init(context: context, animated: animated, endsApp: endsApp)
        // Not the breath again: it was taken the first time.
        let left = Step.named(draft.step) ?? .what
        form = StepForm(saveTag: Self.saveTag, endsApp: endsApp, step: max(left, .when), resuming: draft)
        let latencies = Repair.Latency.allCases
        latency = latencies[min(max(0, draft.choices["latency"] ?? 0), latencies.count - 1)]
        gestureOffset = draft.choices["gestureOffset"] ?? 0
        who = TextField(draft["who"], limit: 200, maxWidth: 30, completesNames: true)
        happened = TextField(draft["happened"], limit: 2000)
        myPart = TextField(draft["myPart"], limit: 2000)
        talk = RepairTalk(stepCount: context.data.prompts.repairDraft.nextSteps.count, forThem: draft["forThem"],
                          meant: draft["meant"], nextStep: draft["nextStep"])
        words = RepairWordsStep(text: draft["words"], isEdited: !draft["words"].isEmpty)
        words.refresh(draft: talk.draft(context.data.prompts.repairDraft))
        focus(draft.choices["focus"] == 0 || who.isEmpty ? .who : .what)
    }

    var step: Step { form.step }
    var hint: String? { form.hint }

    enum Intent: Sendable { case left, right, next, back, another, pick, complete, switchField, edit, copy, send, done }

    public var isTakingText: Bool {
        switch step {
        case .what, .myPart, .forThem, .meant, .nextStep: return true
        case .words:
            if case .sending(let flow) = words.stage { return flow.isTakingText }
            return words.isEditing
        default: return false
        }
    }

    private var hasWords: Bool { !who.isEmpty || !happened.isEmpty || !myPart.isEmpty || talk.hasWords }
    public var hasDraft: Bool { form.hasDraft(hasWords: hasWords) }
    public var draftKind: Draft.Kind? { .repair }

    public var draft: Draft? {
        form.draft(.repair, hasWords: hasWords,
                   words: ["who": who.text, "happened": happened.text, "myPart": myPart.text]
                    .merging(talkWords) { first, _ in first },
                   choices: ["latency": latencyIndex, "gestureOffset": gestureOffset, "focus": focus == .who ? 0 : 1])
    }

    /// The words found after "my part", as a draft keeps them (only those written).
    private var talkWords: [String: String] {
        ["forThem": talk.forThem.text, "meant": talk.meant.text, "nextStep": talk.nextStep.text,
         "words": words.isEdited ? words.text : ""].filter { !$0.value.isEmpty }
    }

    public func nextFrame(after now: Moment) -> Moment? {
        if step == .words, case .sending(let flow) = words.stage { return flow.nextFrame(after: now) }
        guard step == .breath else { return nil }
        return now.advanced(by: breath.secondsToNextFrame(elapsed: now.uptime - breathStart))
    }

    public mutating func update(_ event: Event, context: ScreenContext) -> [Effect] {
        if step == .words, let sending = words.updateSending(event, context: context) {
            guard let closing = sending.closing else { return sending.effects }
            let line = savedLine(context, with: who.trimmed) + (sending.tried ? " \(closing.text)" : "")
            return sending.effects + form.close(report: closing, leaveWord: line)
        }
        switch event {
        case .ticked(let now):
            if step == .breath, now.uptime - breathStart >= Self.breathSeconds {
                form.go(to: .when)
                form.takeKey()
            }
            return []
        case .keyPressed(let key):
            return handle(key, context: context)
        case .saved:
            guard let (_, result) = form.answer(to: event), case .success(let record) = result,
                  case .repair(let repair) = record.payload else { return [] }
            let next = words.saved(record)
            guard words.choice == .keep || words.choice == nil else { return next }
            return form.close(report: Report(context.data.prompts.repairDraft.wordsKept),
                              leaveWord: savedLine(context, with: repair.who))
        case .textEdited(let request, .success(let text)) where request.field == RepairWordsStep.editorField:
            guard step == .words, case .refused(let limit) = words.take(edited: text) else { return [] }
            form.hint = context.data.prompts.editor.tooLong(limit: limit)
            return [.bell]
        case .textCopied(let result):
            guard step == .words, !words.copied(result) else { return [] }
            let report = Report(context.data.prompts.sending.words(for: result, name: SafeText.line(who.trimmed)))
            return form.close(report: report, leaveWord: "\(savedLine(context, with: who.trimmed)) \(report.text)")
        default:
            return []
        }
    }

    /// The line left in the shell once the repair is kept.
    private func savedLine(_ context: ScreenContext, with name: String) -> String {
        SendingWords.fill(context.data.prompts.shell.repair, ["name": name])
    }

    private mutating func handle(_ key: Key, context: ScreenContext) -> [Effect] {
        let wasAsking = form.takeKey()
        guard let intent = keys.intent(for: key) else { return isTakingText ? edit(key) : [] }
        form.hint = nil
        switch intent {
        case .left: latency = Repair.Latency.allCases[max(0, latencyIndex - 1)]
        case .right: latency = Repair.Latency.allCases[min(Repair.Latency.allCases.count - 1, latencyIndex + 1)]
        case .another: gestureOffset += 1
        case .pick: _ = talk.pick(key, from: context.data.prompts.repairDraft.nextSteps)
        case .edit: words.startEditing()
        case .copy: return save(context, then: .copy)
        case .send: return save(context, then: .send)
        case .done: return form.close(report: nil, leaveWord: savedLine(context, with: who.trimmed))
        case .complete:
            if focus == .who { who.completeName(context); focus(.what) } else { focus(.who) }
        case .switchField: focus(focus == .who ? .what : .who)
        case .back: return back(context, confirmed: wasAsking)
        case .next:
            if step == .when, let c = key.typedCharacter, let n = Int(String(c)) {
                latency = Repair.Latency.allCases[n - 1]
            }
            return next(context)
        }
        return []
    }

    private mutating func edit(_ key: Key) -> [Effect] {
        form.hint = nil
        let outcome: LineEditor.Outcome
        switch (step, focus) {
        case (.words, _): outcome = words.edit(key)
        case (.forThem, _): outcome = talk.handle(key, on: .forThem)
        case (.meant, _): outcome = talk.handle(key, on: .meant)
        case (.nextStep, _): outcome = talk.handle(key, on: .nextStep)
        case (.myPart, _): outcome = myPart.handle(key)
        case (_, .who): outcome = who.handle(key)
        case (_, .what):
            outcome = happened.handle(key)
            if outcome == .edited { nudge = nil }
        }
        if outcome == .wantsEditor, step == .words, let request = words.editRequest { return [.editText(request)] }
        if case .refused(let limit) = outcome { return form.refused(limit: limit) }
        return []
    }

    private mutating func next(_ context: ScreenContext) -> [Effect] {
        switch step {
        case .what:
            if focus == .who { who.completeName(context); focus(.what); return [] }
            guard !who.trimmed.isEmpty else {
                focus(.who)
                form.hint = "Who was it with? A name or a word like \"Mum\" is enough."
                return []
            }
            guard !happened.trimmed.isEmpty else { form.hint = "A few words are enough."; return [] }
            if nudge == nil, let gentle = context.data.prompts.repair.nudge(for: happened.text) {
                nudge = gentle
                return []
            }
        case .forThem:
            guard talk.mayGoOn(from: .forThem, context: context) else { return [] }
        case .words:
            if words.isEditing {
                words.acceptEdit(draft: talk.draft(context.data.prompts.repairDraft))
                return []
            }
            return save(context, then: .keep)
        default:
            break
        }
        form.next()
        if step == .words { words.refresh(draft: talk.draft(context.data.prompts.repairDraft)) }
        return []
    }

    /// Saves the repair with every answer and the words, then does what was chosen with them.
    private mutating func save(_ context: ScreenContext, then choice: RepairWordsStep.Choice) -> [Effect] {
        guard !form.isSaving else { return [] }
        words.choose(choice)
        let part = myPart.trimmed
        return form.save(.repair(Repair(who: who.trimmed, latency: latency, happened: happened.trimmed,
                                        myPart: part.isEmpty ? nil : part, gesture: gesture(context)?.id,
                                        forThem: talk.answer(.forThem), meant: talk.answer(.meant),
                                        nextStep: talk.answer(.nextStep), words: words.text)))
    }

    private mutating func back(_ context: ScreenContext, confirmed: Bool) -> [Effect] {
        if step == .words, words.isEditing { words.cancelEdit(); return [] }
        guard form.back() else {
            return form.leave(hasWords: hasDraft, confirmed: confirmed, report: Report(context.data.prompts.repair.left))
        }
        if step == .breath { breathStart = context.now.uptime }
        return []
    }

    private mutating func focus(_ field: Field) {
        focus = field
        who.hasFocus = field == .who
        happened.hasFocus = field == .what
    }

    private var latencyIndex: Int { Repair.Latency.allCases.firstIndex(of: latency) ?? 0 }
}
