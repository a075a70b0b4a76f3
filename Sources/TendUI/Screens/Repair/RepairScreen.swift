import TendCore

/// The guided repair after a rough moment, in under a minute: one breath,
/// how long ago, what happened and with whom, the part that was yours, a
/// way back to each other, and a summary. Esc steps back; only the last
/// Enter saves.
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
    let breath: BreathView

    /// - Parameters:
    ///   - animated: overrides the config's `display.animation`.
    ///   - endsApp: true when started from the shell (`tend repair`).
    public init(context: ScreenContext, animated: Bool? = nil, endsApp: Bool = false) {
        breathStart = context.now.uptime
        breath = BreathView(plan: BreathPlan(duration: Self.breathSeconds), isAnimated: animated ?? context.allowsMotion)
        form = StepForm(saveTag: Self.saveTag, endsApp: endsApp)
    }

    /// Takes up an unfinished repair at the step where it was left.
    public init(resuming draft: Draft, context: ScreenContext, animated: Bool? = nil, endsApp: Bool = false) {
        self.init(context: context, animated: animated, endsApp: endsApp)
        // Not the breath again: it was taken the first time.
        let left = Step.allCases.first { $0.draftName == draft.step } ?? .what
        form = StepForm(saveTag: Self.saveTag, endsApp: endsApp, step: max(left, .when), resuming: draft)
        let latencies = Repair.Latency.allCases
        latency = latencies[min(max(0, draft.choices["latency"] ?? 0), latencies.count - 1)]
        gestureOffset = draft.choices["gestureOffset"] ?? 0
        who = TextField(draft["who"], limit: 200, maxWidth: 30, completesNames: true)
        happened = TextField(draft["happened"], limit: 2000)
        myPart = TextField(draft["myPart"], limit: 2000)
        focus(draft.choices["focus"] == 0 || who.isEmpty ? .who : .what)
    }

    var step: Step { form.step }
    var hint: String? { form.hint }

    enum Intent: Sendable { case left, right, next, back, another, complete, switchField }

    private var keys: KeyMap<Intent> {
        var bindings: [KeyBinding<Intent>] = []
        switch step {
        case .breath:
            bindings.append(KeyBinding([.enter, .character(" ")], "Enter", "skip the breath", .next, footer: "skip"))
        case .when:
            bindings += [
                KeyBinding([.left, .character("h"), .up, .character("k")], "←/h", "sooner", .left),
                KeyBinding([.right, .character("l"), .down, .character("j")], "→/l", "later", .right),
                KeyBinding([.character("1"), .character("2"), .character("3"), .character("4")], "1-4",
                           "choose and continue", .next),
                KeyBinding([.enter], "Enter", "continue", .next, footer: "continue"),
            ]
        case .what:
            bindings += [
                KeyBinding([.enter], "Enter", focus == .who ? "go on to what happened" : "continue", .next,
                           footer: "continue"),
                KeyBinding([.tab, .down], "Tab", "next field (completes a known name)", .complete, footer: "next field"),
                KeyBinding([.backTab, .up], "S-Tab", "previous field", .switchField),
            ]
        case .myPart:
            bindings.append(KeyBinding([.enter], "Enter", "continue (this step is optional)", .next, footer: "continue"))
        case .gesture:
            bindings += [
                KeyBinding([.character("n")], "n", "show another way back", .another, footer: "another"),
                KeyBinding([.enter], "Enter", "take this one", .next, footer: "take it"),
            ]
        case .summary:
            bindings.append(KeyBinding([.enter], "Enter", "save the repair", .next, footer: "save"))
        }
        let backKeys: [Key] = isTakingText ? [.escape] : [.escape, .character("q")]
        bindings.append(KeyBinding(backKeys, "Esc", step == .breath ? "leave without saving" : "previous step", .back,
                                   footer: step == .breath ? "leave" : "back"))
        return KeyMap(bindings)
    }

    public var keyHelp: ScreenKeys { isTakingText ? keys.keyHelp.merged(with: who.keyHelp) : keys.keyHelp }

    public var isTakingText: Bool { step == .what || step == .myPart }
    private var hasWords: Bool { !who.isEmpty || !happened.isEmpty || !myPart.isEmpty }
    public var hasDraft: Bool { form.hasDraft(hasWords: hasWords) }
    public var draftKind: Draft.Kind? { .repair }

    public var draft: Draft? {
        form.draft(.repair, hasWords: hasWords, words: ["who": who.text, "happened": happened.text, "myPart": myPart.text],
                   choices: ["latency": latencyIndex, "gestureOffset": gestureOffset, "focus": focus == .who ? 0 : 1])
    }

    public func nextFrame(after now: Moment) -> Moment? {
        guard step == .breath else { return nil }
        return now.advanced(by: breath.secondsToNextFrame(elapsed: now.uptime - breathStart))
    }

    public mutating func update(_ event: Event, context: ScreenContext) -> [Effect] {
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
            return form.close(report: Report(context.data.prompts.repair.saved),
                              leaveWord: "Saved your repair with \(repair.who).")
        default:
            return []
        }
    }

    private mutating func handle(_ key: Key, context: ScreenContext) -> [Effect] {
        let wasAsking = form.takeKey()
        guard let intent = keys.intent(for: key) else { return isTakingText ? edit(key) : [] }
        form.hint = nil
        switch intent {
        case .left: latency = Repair.Latency.allCases[max(0, latencyIndex - 1)]
        case .right: latency = Repair.Latency.allCases[min(Repair.Latency.allCases.count - 1, latencyIndex + 1)]
        case .another: gestureOffset += 1
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
        case (.myPart, _): outcome = myPart.handle(key)
        case (_, .who): outcome = who.handle(key)
        case (_, .what):
            outcome = happened.handle(key)
            if outcome == .edited { nudge = nil }
        }
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
        case .summary:
            let part = myPart.trimmed
            return form.save(.repair(Repair(who: who.trimmed, latency: latency, happened: happened.trimmed,
                                            myPart: part.isEmpty ? nil : part, gesture: gesture(context)?.id)))
        default:
            break
        }
        form.next()
        return []
    }

    private mutating func back(_ context: ScreenContext, confirmed: Bool) -> [Effect] {
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

    /// The way back on offer: one of the cards prompts.toml names (any
    /// "during tension" card if none of them is known), a different one
    /// each day, `gestureOffset` steps along.
    func gesture(_ context: ScreenContext) -> Practice? {
        let library = context.data.practices
        let named = context.data.prompts.repair.gestures.compactMap(library.practice(withID:))
        let cards = named.isEmpty ? library.practices.filter { $0.group == .duringTension } : named
        guard !cards.isEmpty else { return nil }
        let index = (context.dayNumber + gestureOffset) % cards.count
        return cards[(index + cards.count) % cards.count]
    }
}

extension RepairStep: Comparable {
    static func < (a: RepairStep, b: RepairStep) -> Bool { a.rawValue < b.rawValue }
}
