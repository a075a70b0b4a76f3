import TendCore

/// The look back at the end of a focus week, in about a minute: how it
/// felt (a short scale), how the other person responded and what the user
/// noticed (a line each, both optional), then keep it another week, keep it
/// as one of "my practices", or let it go. Then one related card to try
/// next, which Enter makes the new focus.
public struct ReflectionScreen: Screen {
    typealias Step = ReflectionStep

    static let saveTag: SaveTag = "reflection"
    static let weekTag: SaveTag = "reflection.week"
    static let nextTag: SaveTag = "reflection.next"
    static let offerTag: SaveTag = "reflection.offered"

    public let title = "Look back"
    /// The week looked back on.
    let focus: FocusNow
    private(set) var form: StepForm<Step>
    private(set) var felt = 3
    private(set) var response = TextField(limit: 2000)
    private(set) var noticed = TextField(limit: 2000)
    private(set) var choice = Reflection.Choice.anotherWeek
    /// Once saved: what was said, and the card to try next (nil when nothing related is left).
    struct Outcome: Hashable, Sendable {
        var said: String
        var next: Practice?
    }
    private(set) var done: Outcome?

    public init(focus: FocusNow, context: ScreenContext, endsApp: Bool = false) {
        self.focus = focus
        form = StepForm(saveTag: Self.saveTag, endsApp: endsApp)
    }

    /// Takes up an unfinished look back where it was left.
    public init(resuming draft: Draft, focus: FocusNow, context: ScreenContext, endsApp: Bool = false) {
        self.focus = focus
        form = StepForm(saveTag: Self.saveTag, endsApp: endsApp, resuming: draft)
        felt = min(5, max(1, draft.choices["felt"] ?? 3))
        choice = Reflection.Choice.allCases[min(2, max(0, draft.choices["choice"] ?? 0))]
        response = TextField(draft["response"], limit: 2000)
        noticed = TextField(draft["noticed"], limit: 2000)
    }

    var step: Step { form.step }

    enum Intent: Hashable, Sendable { case left, right, digit(Int), next, back, library }

    private var keys: KeyMap<Intent> {
        if done != nil {
            return KeyMap([
                KeyBinding([.enter], "Enter", "make it my focus for the week", .next, footer: "my focus"),
                KeyBinding([.character("l")], "l", "choose from the library instead", .library, footer: "library"),
                KeyBinding([.escape, .character("s"), .character("q")], "Esc", "not now", .back, footer: "not now"),
            ])
        }
        var bindings: [KeyBinding<Intent>] = []
        if step == .felt || step == .choice {
            let count = step == .felt ? 5 : Reflection.Choice.allCases.count
            bindings += [
                KeyBinding([.left, .character("h"), .up, .character("k")], "←/h", "previous choice", .left),
                KeyBinding([.right, .character("l"), .down, .character("j")], "→/l", "next choice", .right),
                KeyBinding((1...count).map { .character(Character(String($0))) }, "1-\(count)", "choose and go on",
                           .digit(0)),
            ]
        }
        bindings.append(KeyBinding([.enter], "Enter", step == .choice ? "save the look back" : "go on",
                                   .next, footer: step == .choice ? "save" : "go on"))
        let backKeys: [Key] = isTakingText ? [.escape] : [.escape, .character("q")]
        bindings.append(KeyBinding(backKeys, "Esc", form.isFirst ? "later (it waits on home)" : "previous step", .back,
                                   footer: form.isFirst ? "later" : "back"))
        return KeyMap(bindings)
    }

    public var keyHelp: ScreenKeys { isTakingText ? keys.keyHelp.merged(with: response.keyHelp) : keys.keyHelp }
    public var isTakingText: Bool { done == nil && (step == .response || step == .noticed) }
    private var hasWords: Bool { !response.isEmpty || !noticed.isEmpty }
    public var hasDraft: Bool { done == nil && form.hasDraft(hasWords: hasWords) }
    public var draftKind: Draft.Kind? { .reflection }

    public var draft: Draft? {
        guard done == nil else { return nil }
        return form.draft(.reflection, hasWords: hasWords,
                          words: ["response": response.text, "noticed": noticed.text, "focus": focus.week.id.rawValue],
                          choices: ["felt": felt, "choice": Reflection.Choice.allCases.firstIndex(of: choice) ?? 0])
    }

    public mutating func update(_ event: Event, context: ScreenContext) -> [Effect] {
        if let answer = form.answer(to: event) {
            guard case .success(let record) = answer.result else { return [] }
            return saved(record, tag: answer.tag, context: context)
        }
        guard case .keyPressed(let key) = event else { return [] }
        let wasAsking = form.takeKey()
        guard let intent = keys.intent(for: key) else {
            guard isTakingText else { return [] }
            form.hint = nil
            let outcome = step == .response ? response.handle(key) : noticed.handle(key)
            if case .refused(let limit) = outcome { return form.refused(limit: limit) }
            return []
        }
        form.hint = nil
        if done != nil { return afterSaving(intent, context: context) }
        switch intent {
        case .left, .right:
            let delta = intent == .left ? -1 : 1
            if step == .felt { felt = min(5, max(1, felt + delta)) } else { choose(index: choiceIndex + delta) }
        case .digit:
            guard let typed = key.typedCharacter, let n = Int(String(typed)) else { return [] }
            if step == .felt { felt = n } else { choose(index: n - 1) }
            return next(context)
        case .next: return next(context)
        case .back:
            if form.back() { return [] }
            return leave(context, confirmed: wasAsking)
        case .library: return []
        }
        return []
    }

    private var choiceIndex: Int { Reflection.Choice.allCases.firstIndex(of: choice) ?? 0 }

    private mutating func choose(index: Int) {
        let cases = Reflection.Choice.allCases
        choice = cases[min(cases.count - 1, max(0, index))]
    }

    private mutating func next(_ context: ScreenContext) -> [Effect] {
        guard step == .choice else { form.next(); return [] }
        let reflection = Reflection(focus: focus.week.id, card: focus.card, person: focus.person, felt: felt,
                                    response: response.trimmed.isEmpty ? nil : response.trimmed,
                                    noticed: noticed.trimmed.isEmpty ? nil : noticed.trimmed, choice: choice)
        return form.save(.reflection(reflection))
    }

    /// The look back is in: another week begins, the card becomes one of
    /// "my practices", or it is let go; then what comes next.
    private mutating func saved(_ record: Record, tag: SaveTag, context: ScreenContext) -> [Effect] {
        let words = context.data.prompts.focus
        switch tag {
        case Self.saveTag:
            switch choice {
            case .anotherWeek:
                return form.save(FocusChange.anotherWeek(after: focus.week, now: context.localNow), tag: Self.weekTag)
            case .keep:
                let setting = PracticeSetting.mine(card: focus.card, true)
                done = Outcome(said: words.savedKeep, next: suggestion(context, preferences: setting.applied(to: context.data.config.practices)))
                return [.setPractice(setting)]
            case .letGo:
                done = Outcome(said: words.savedLetGo, next: suggestion(context, preferences: context.data.config.practices))
                return []
            }
        case Self.weekTag, Self.nextTag:
            guard case .focus(let next) = record.payload else { return [] }
            let first = next.start == context.today ? words.firstToday : words.firstTomorrow
            let said = tag == Self.weekTag ? FocusWords.fill(words.savedAnother, ["first": first])
                : LibraryScreen.chosenWords(next, context: context)
            return form.close(report: Report(said), leaveWord: said)
        default:
            return []
        }
    }

    private func suggestion(_ context: ScreenContext, preferences: PracticePreferences) -> Practice? {
        NextPractice(library: context.data.practices, preferences: preferences)
            .suggestion(after: focus.card, recent: context.recentCards)
    }

    private mutating func afterSaving(_ intent: Intent, context: ScreenContext) -> [Effect] {
        switch intent {
        case .next:
            guard let card = done?.next else { return form.close(report: nil) }
            let payloads = FocusChange.start(card: card.id, person: focus.person, now: context.localNow, current: nil)
            guard let payload = payloads.last else { return form.close(report: nil) }
            return form.save(payload, tag: Self.nextTag)
        case .library: return [.replace(.library)]
        default: return form.close(report: nil)
        }
    }

    /// "Later": the look back waits on home, and the app does not open it by itself again.
    private mutating func leave(_ context: ScreenContext, confirmed: Bool) -> [Effect] {
        let report = Report(context.data.prompts.focus.later)
        let closing = form.leave(hasWords: hasWords, confirmed: confirmed, report: report)
        guard !closing.isEmpty, !focus.week.wasOffered else { return closing }
        let offered = PromptFired(prompt: focus.week.offerID, day: context.today.description)
        return form.save(.promptFired(offered), tag: Self.offerTag) + closing
    }
}
