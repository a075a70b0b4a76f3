import TendCore

/// The guided repair after a rough moment, in under a minute: one breath,
/// how long ago, what happened and with whom, the part that was yours, a
/// way back to each other, and a summary. Esc steps back; only the last
/// Enter saves.
public struct RepairScreen: Screen {
    enum Step: Int, CaseIterable { case breath = 1, when, what, myPart, gesture, summary }
    enum Field { case who, what }

    static let breathSeconds = 3.0

    public let title = "Repair"
    private(set) var step = Step.breath
    private(set) var breathStart: Double
    private(set) var latency = Repair.Latency.justNow
    private(set) var who = LineEditor(limit: 200)
    private(set) var happened = LineEditor(limit: 2000)
    private(set) var focus = Field.who
    private(set) var myPart = LineEditor(limit: 2000)
    private(set) var gestureOffset = 0
    /// Shown once when the line reads as a verdict; Enter again goes on.
    private(set) var nudge: String?
    private(set) var hint: String?
    let breath: BreathView
    private var saves = PendingSaves()
    static let saveTag: SaveTag = "repair"
    /// Once saved, nothing is left to lose (a screen from the shell stays up until the app ends).
    private var isSaved = false
    private let endsApp: Bool
    /// True after Esc on the first step with words written: a second Esc leaves.
    private var confirmingLeave = false
    /// The draft this screen took up again, whose file it goes on writing.
    private var draftID = ""

    /// - Parameters:
    ///   - animated: overrides the config's `display.animation`.
    ///   - endsApp: true when started from the shell (`tend repair`).
    public init(context: ScreenContext, animated: Bool? = nil, endsApp: Bool = false) {
        breathStart = context.now.uptime
        breath = BreathView(plan: BreathPlan(duration: Self.breathSeconds), isAnimated: animated ?? context.allowsMotion)
        self.endsApp = endsApp
    }

    /// Takes up an unfinished repair at the step where it was left.
    public init(resuming draft: Draft, context: ScreenContext, animated: Bool? = nil, endsApp: Bool = false) {
        self.init(context: context, animated: animated, endsApp: endsApp)
        draftID = draft.id
        // Not the breath again: it was taken the first time.
        step = Step(rawValue: max(2, (Self.draftSteps.firstIndex(of: draft.step) ?? 2) + 1)) ?? .what
        let latencies = Repair.Latency.allCases
        latency = latencies[min(max(0, draft.choices["latency"] ?? 0), latencies.count - 1)]
        gestureOffset = draft.choices["gestureOffset"] ?? 0
        func editor(_ field: String, limit: Int) -> LineEditor {
            LineEditor(draft[field], limit: max(limit, draft[field].count))
        }
        who = editor("who", limit: 200)
        happened = editor("happened", limit: 2000)
        myPart = editor("myPart", limit: 2000)
        focus = draft.choices["focus"] == 0 || who.isEmpty ? .who : .what
    }

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

    public var keyHelp: ScreenKeys {
        var help = keys.keyHelp
        if isTakingText {
            help.all += [KeyHelp("Ctrl-A/E", "start or end of line"), KeyHelp("Ctrl-W", "delete a word"),
                         KeyHelp("Ctrl-U/K", "delete to start or end")]
        }
        return help
    }

    public var isTakingText: Bool { step == .what || step == .myPart }
    public var hasDraft: Bool { !isSaved && (!who.isEmpty || !happened.isEmpty || !myPart.isEmpty) }
    public var draftKind: Draft.Kind? { .repair }

    public var draft: Draft? {
        guard hasDraft else { return nil }
        return Draft(kind: .repair, id: draftID, step: Self.draftSteps[step.rawValue - 1],
                     words: ["who": who.text, "happened": happened.text, "myPart": myPart.text],
                     choices: ["latency": latencyIndex, "gestureOffset": gestureOffset, "focus": focus == .who ? 0 : 1])
    }

    /// The steps' names in a draft file, in order.
    private static let draftSteps = ["breath", "when", "what", "my-part", "gesture", "summary"]

    public func nextFrame(after now: Moment) -> Moment? {
        guard step == .breath else { return nil }
        return now.advanced(by: breath.secondsToNextFrame(elapsed: now.uptime - breathStart))
    }

    public mutating func update(_ event: Event, context: ScreenContext) -> [Effect] {
        switch event {
        case .ticked(let now):
            if step == .breath, now.uptime - breathStart >= Self.breathSeconds {
                step = .when
                if confirmingLeave { confirmingLeave = false; hint = nil }
            }
            return []
        case .keyPressed(let key):
            return handle(key, context: context)
        case .saved:
            guard let (_, result) = saves.answer(to: event), case .success(let record) = result,
                  case .repair(let repair) = record.payload else { return [] }
            isSaved = true
            let report = Effect.report(Report(context.data.prompts.repair.saved))
            guard endsApp else { return [report, .pop] }
            return [report, .leaveWord("Saved your repair with \(repair.who)."), .quit(status: 0)]
        default:
            return []
        }
    }

    private mutating func handle(_ key: Key, context: ScreenContext) -> [Effect] {
        let wasConfirming = confirmingLeave
        confirmingLeave = false
        if wasConfirming { hint = nil }
        guard let intent = keys.intent(for: key) else {
            if isTakingText { return edit(key) }
            return []
        }
        hint = nil
        switch intent {
        case .left: latency = Repair.Latency.allCases[max(0, latencyIndex - 1)]
        case .right: latency = Repair.Latency.allCases[min(Repair.Latency.allCases.count - 1, latencyIndex + 1)]
        case .another: gestureOffset += 1
        case .complete:
            if focus == .who { completeName(context); focus = .what } else { focus = .who }
        case .switchField: focus = focus == .who ? .what : .who
        case .back: return back(context, confirmed: wasConfirming)
        case .next:
            if step == .when, let c = key.typedCharacter, let n = Int(String(c)) {
                latency = Repair.Latency.allCases[n - 1]
            }
            return next(context)
        }
        return []
    }

    private mutating func edit(_ key: Key) -> [Effect] {
        hint = nil
        let outcome: LineEditor.Outcome
        switch (step, focus) {
        case (.myPart, _): outcome = myPart.handle(key)
        case (_, .who): outcome = who.handle(key)
        case (_, .what):
            outcome = happened.handle(key)
            if outcome == .edited { nudge = nil }
        }
        if case .refused(let limit) = outcome {
            hint = "That is more than \(Plural.count(limit, "character")); nothing was pasted."
            return [.bell]
        }
        return []
    }

    private mutating func next(_ context: ScreenContext) -> [Effect] {
        switch step {
        case .what:
            if focus == .who { completeName(context); focus = .what; return [] }
            guard !trimmed(who).isEmpty else {
                focus = .who
                hint = "Who was it with? A name or a word like \"Mum\" is enough."
                return []
            }
            guard !trimmed(happened).isEmpty else { hint = "A few words are enough."; return [] }
            if nudge == nil, let gentle = context.data.prompts.repair.nudge(for: happened.text) {
                nudge = gentle
                return []
            }
        case .summary:
            return save(context)
        default:
            break
        }
        step = Step(rawValue: step.rawValue + 1) ?? step
        return []
    }

    private mutating func back(_ context: ScreenContext, confirmed: Bool) -> [Effect] {
        guard step != .breath else {
            if hasDraft, !confirmed {
                confirmingLeave = true
                hint = "Leave without saving? Esc again leaves; any other key stays."
                return []
            }
            return [.report(Report(context.data.prompts.repair.left)), endsApp ? .quit(status: 0) : .pop]
        }
        step = Step(rawValue: step.rawValue - 1) ?? .breath
        if step == .breath { breathStart = context.now.uptime }
        return []
    }

    private mutating func save(_ context: ScreenContext) -> [Effect] {
        let part = trimmed(myPart)
        return saves.save(.repair(Repair(who: trimmed(who), latency: latency, happened: trimmed(happened),
                                         myPart: part.isEmpty ? nil : part, gesture: gesture(context)?.id)),
                          tag: Self.saveTag)
    }

    private mutating func completeName(_ context: ScreenContext) {
        if let name = NameCompletion.match(for: who.text, among: context.data.journal.people) { who.set(name) }
    }

    private var latencyIndex: Int { Repair.Latency.allCases.firstIndex(of: latency) ?? 0 }

    func trimmed(_ field: LineEditor) -> String { field.text.trimmingCharacters(in: .whitespaces) }

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
