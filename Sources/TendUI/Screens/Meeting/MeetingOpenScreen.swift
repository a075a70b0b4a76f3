import TendCore

/// Opening a meeting, on a shared screen or before a call: a breath
/// together (one slow in, a longer out, drawn large enough for a room, on
/// the doorway pause's timing) or one thank-you (for whom and one
/// sentence, saved as an appreciation with the meeting's label, then
/// offered to be sent like any other).
public struct MeetingOpenScreen: Screen {
    enum Stage: Hashable, Sendable {
        case choosing
        case breathing(startedAt: Double)
        case breathed(completed: Bool)
        case thanking
        case sending(SendFlow)
    }

    /// One breath, as long as the doorway pause's.
    static let breathSeconds = 5.0
    static let thanksTag: SaveTag = "meeting-thanks"
    static let breathTag: SaveTag = "meeting-breath"

    public let title: String
    /// The meeting's name, saved with what is done here.
    let label: String?
    private(set) var stage = Stage.choosing
    /// 0: the breath, 1: the thank-you.
    private(set) var choice = 0
    private(set) var form: StepForm<SingleStep>
    private(set) var thanks = MeetingThanks()
    let breath: BreathView
    /// True once this screen has asked to save a breath: another round of it is not saved again.
    private(set) var hasSavedBreath = false
    /// Who the saved thank-you was for, for the line left in the shell.
    private var thanked: String?

    /// - Parameters:
    ///   - label: the meeting's name ("stand-up"), or nil.
    ///   - animated: overrides the config's `display.animation`.
    ///   - endsApp: true when started from the shell (`tend meeting open`).
    public init(label: String?, context: ScreenContext, animated: Bool? = nil, endsApp: Bool = false) {
        let name = label?.trimmed()
        self.label = name?.isEmpty == false ? name : nil
        title = self.label.map { "Open \(SafeText.line($0))" } ?? "Open the meeting"
        breath = BreathView(plan: BreathPlan(duration: Self.breathSeconds), isAnimated: animated ?? context.allowsMotion)
        form = StepForm(saveTag: Self.thanksTag, endsApp: endsApp)
    }

    /// Takes up a thank-you left unfinished, with the meeting it was for.
    public init(resuming draft: Draft, context: ScreenContext, endsApp: Bool = false) {
        self.init(label: draft["meeting"], context: context, endsApp: endsApp)
        form = StepForm(saveTag: Self.thanksTag, endsApp: endsApp, resuming: draft)
        thanks = MeetingThanks(person: draft["person"], text: draft["text"], focus: draft.step == "person" ? .person : .sentence)
        choice = 1
        stage = .thanking
    }

    enum Intent: Sendable { case previous, next, choose(Int), begin, again, done, submit, switchField, back }

    var keys: KeyMap<Intent> {
        switch stage {
        case .choosing:
            return KeyMap([
                KeyBinding([.left, .character("h"), .up, .character("k")], "←/h", "the breath", .previous),
                KeyBinding([.right, .character("l"), .down, .character("j")], "→/l", "the thank-you", .next),
                KeyBinding([.character("1"), .character("2")], "1-2", "choose and begin", .choose(0)),
                KeyBinding([.enter], "Enter", "begin", .begin, footer: "begin"),
                KeyBinding([.escape, .character("q")], "Esc", "leave (asks first if you have written something)", .back,
                           footer: "back"),
            ])
        case .breathing, .sending:
            return KeyMap([])
        case .breathed:
            return KeyMap([
                KeyBinding([.enter, .character("a")], "Enter", "breathe together again", .again, footer: "again"),
                KeyBinding([.escape, .character("q"), .character("d")], "Esc", "done", .done, footer: "done"),
            ])
        case .thanking:
            return KeyMap([
                KeyBinding([.enter], "Enter", thanks.focus == .person ? "go on to the sentence" : "save the thank-you",
                           .submit, footer: thanks.focus == .person ? "next" : "save"),
                KeyBinding([.tab, .backTab], "Tab", "the other field (completes a known name)", .switchField,
                           footer: "next field"),
                KeyBinding([.escape], "Esc", "back to the choice (your words stay)", .back, footer: "back"),
            ])
        }
    }

    public var keyHelp: ScreenKeys {
        switch stage {
        case .breathing: return ScreenKeys(all: [KeyHelp("any key", "stop the breath")], footer: [KeyHelp("any key", "stop")])
        case .sending(let flow): return flow.keyHelp
        case .thanking: return keys.keyHelp.merged(with: thanks.keyHelp)
        default: return keys.keyHelp
        }
    }

    public var isTakingText: Bool {
        switch stage {
        case .thanking, .breathing: return true
        case .sending(let flow): return flow.isTakingText
        default: return false
        }
    }

    public var offersHelp: Bool { if case .breathing = stage { return false } else { return true } }
    public var hasDraft: Bool { form.hasDraft(hasWords: thanks.hasWords) }
    public var draftKind: Draft.Kind? { .appreciation }

    public var draft: Draft? {
        form.draft(.appreciation, hasWords: thanks.hasWords,
                   // A meeting without a name is kept as a space: the draft is still known as a meeting's.
                   words: ["person": thanks.person.text, "text": thanks.sentence.text, "meeting": label ?? " "])
            .map { draft in
                var draft = draft
                draft.step = thanks.focus == .person ? "person" : "sentence"
                return draft
            }
    }

    public func nextFrame(after now: Moment) -> Moment? {
        switch stage {
        case .breathing(let start): return now.advanced(by: breath.secondsToNextFrame(elapsed: now.uptime - start))
        case .sending(let flow): return flow.nextFrame(after: now)
        default: return nil
        }
    }

    public mutating func update(_ event: Event, context: ScreenContext) -> [Effect] {
        if case .sending(var flow) = stage {
            let effects = flow.update(event, context: context)
            stage = .sending(flow)
            guard let closing = flow.closing else { return effects }
            return effects + finishThanks(closing, tried: flow.hasTried, context: context)
        }
        switch event {
        case .ticked(let now):
            if case .breathing(let start) = stage, now.uptime - start >= Self.breathSeconds { return finishBreath(completed: true) }
            return []
        case .keyPressed(let key):
            if case .breathing = stage { return finishBreath(completed: false) }
            return handle(key, context: context)
        case .saved:
            guard let (tag, result) = form.answer(to: event), tag == Self.thanksTag, case .success(let record) = result else {
                return []
            }
            let flow = SendFlow(record: record)
            stage = .sending(flow)
            return flow.start()
        case .textEdited(let request, .success(let text)) where request.field == MeetingThanks.editorField:
            guard case .thanking = stage, case .refused(let limit) = thanks.take(edited: text) else { return [] }
            form.hint = context.data.prompts.editor.tooLong(limit: limit)
            return [.bell]
        default:
            return []
        }
    }

    private mutating func handle(_ key: Key, context: ScreenContext) -> [Effect] {
        let wasAsking = form.takeKey()
        if case .choosing = stage, let c = key.typedCharacter, let n = Int(String(c)), (1...2).contains(n) {
            choice = n - 1
            return begin(context)
        }
        guard let intent = keys.intent(for: key) else {
            guard case .thanking = stage else { return [] }
            let outcome = thanks.handle(key)
            if outcome == .wantsEditor, let request = thanks.editRequest { return [.editText(request)] }
            if case .refused(let limit) = outcome { return form.refused(limit: limit) }
            return []
        }
        form.hint = nil
        switch intent {
        case .previous: choice = 0
        case .next: choice = 1
        case .choose, .begin, .again: return begin(context)
        case .switchField: thanks.switchField(context)
        case .submit:
            guard case .ready(let person, let text) = thanks.submit(context) else { return [] }
            thanked = person
            return form.save(.appreciation(Appreciation(person: person, text: text, meeting: label)))
        case .done:
            let saved = hasSavedBreath ? context.data.prompts.meeting.breathSaved : nil
            return form.close(report: saved.map { Report($0) },
                              leaveWord: hasSavedBreath ? context.data.prompts.shell.forMeeting(\.breath, \.breathFor, label: label) : nil)
        case .back:
            if case .thanking = stage { stage = .choosing; return [] }
            return form.leave(hasWords: thanks.hasWords, confirmed: wasAsking, report: nil)
        }
        return []
    }

    private mutating func begin(_ context: ScreenContext) -> [Effect] {
        if choice == 0 { stage = .breathing(startedAt: context.now.uptime) } else { stage = .thanking }
        return []
    }

    private mutating func finishBreath(completed: Bool) -> [Effect] {
        stage = .breathed(completed: completed)
        guard completed, !hasSavedBreath else { return [] }
        hasSavedBreath = true
        return form.save(.meeting(Meeting(ritual: .breath, label: label)), tag: Self.breathTag)
    }

    /// The send offer is over: back home (or to the shell) with how it went.
    private func finishThanks(_ closing: Report, tried: Bool, context: ScreenContext) -> [Effect] {
        let saved = context.data.prompts.shell.forMeeting(\.meetingThanks, \.meetingThanksFor, label: label,
                                                          ["name": thanked ?? "them"])
        return form.close(report: closing, leaveWord: tried ? "\(saved) \(closing.text)" : saved)
    }
}
