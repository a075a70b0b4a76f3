import TendCore

/// The weekly look-back, three short minutes built from the user's own
/// week: its appreciations read back (who, what), with the week's focus and
/// balance in a line each; then what went well, and one thing worth talking
/// about with someone (optional; it stays in the journal, never sent).
/// The last Enter saves a `review` record.
public struct ReviewScreen: Screen {
    typealias Step = ReviewStep
    static let saveTag: SaveTag = "review"

    public let title = "Weekly look-back"
    let week: ReviewWeek
    private(set) var form: StepForm<Step>
    private(set) var wentWell = TextField(limit: 2000)
    private(set) var talkAbout = TextField(limit: 2000)
    /// How far the appreciations are scrolled.
    private(set) var scroll = ListState(selected: nil)

    public init(context: ScreenContext, endsApp: Bool = false) {
        week = ReviewWeek(context: context)
        form = StepForm(saveTag: Self.saveTag, endsApp: endsApp)
    }

    /// Takes up an unfinished look-back where it was left.
    public init(resuming draft: Draft, context: ScreenContext, endsApp: Bool = false) {
        week = ReviewWeek(context: context)
        form = StepForm(saveTag: Self.saveTag, endsApp: endsApp, resuming: draft)
        wentWell = TextField(draft["wentWell"], limit: 2000)
        talkAbout = TextField(draft["talkAbout"], limit: 2000)
    }

    var step: Step { form.step }

    enum Intent: Hashable, Sendable { case scroll(ListMove), next, back }

    private var keys: KeyMap<Intent> {
        var bindings: [KeyBinding<Intent>] = []
        if step == .week {
            bindings += ListMove.bindings(next: "scroll down", previous: "scroll up", moves: [.down, .up, .pageDown, .pageUp])
                .map { KeyBinding($0.keys, $0.help.keys, $0.help.action, .scroll($0.intent)) }
        }
        let action = step == .talkAbout ? "save the look-back (this line is optional)" : "go on"
        bindings.append(KeyBinding([.enter], "Enter", action, .next, footer: step == .talkAbout ? "save" : "go on"))
        let backKeys: [Key] = isTakingText ? [.escape] : [.escape, .character("q")]
        bindings.append(KeyBinding(backKeys, "Esc", form.isFirst ? "leave without saving" : "previous step", .back,
                                   footer: "back"))
        return KeyMap(bindings)
    }

    public var keyHelp: ScreenKeys { isTakingText ? keys.keyHelp.merged(with: wentWell.keyHelp) : keys.keyHelp }
    public var isTakingText: Bool { step != .week }
    private var hasWords: Bool { !wentWell.isEmpty || !talkAbout.isEmpty }
    public var hasDraft: Bool { form.hasDraft(hasWords: hasWords) }
    public var draftKind: Draft.Kind? { .review }

    public var draft: Draft? {
        form.draft(.review, hasWords: hasWords, words: ["wentWell": wentWell.text, "talkAbout": talkAbout.text])
    }

    public mutating func update(_ event: Event, context: ScreenContext) -> [Effect] {
        if let answer = form.answer(to: event) {
            guard case .success = answer.result else { return [] }
            let words = context.data.prompts.focus
            return form.close(report: Report(words.reviewSaved), leaveWord: context.data.prompts.shell.review)
        }
        guard case .keyPressed(let key) = event else { return [] }
        let wasAsking = form.takeKey()
        guard let intent = keys.intent(for: key) else {
            guard isTakingText else { return [] }
            form.hint = nil
            let outcome = step == .wentWell ? wentWell.handle(key) : talkAbout.handle(key)
            if case .refused(let limit) = outcome { return form.refused(limit: limit) }
            return []
        }
        form.hint = nil
        switch intent {
        case .scroll(let move):
            let height = Self.listHeight(context)
            scroll.apply(move, count: week.lines(width: Self.areas(context.body).list.width).count, height: height)
        case .next:
            switch step {
            case .week: form.next()
            case .wentWell:
                guard !wentWell.trimmed.isEmpty else { form.hint = context.data.prompts.focus.wentWellTip; return [] }
                form.next()
            case .talkAbout:
                let talk = talkAbout.trimmed
                return form.save(.review(Review(from: week.from, to: week.to, wentWell: wentWell.trimmed,
                                                talkAbout: talk.isEmpty ? nil : talk)))
            }
        case .back:
            if form.back() { return [] }
            return form.leave(hasWords: hasWords, confirmed: wasAsking, report: Report(context.data.prompts.focus.reviewLeft))
        }
        return []
    }
}
