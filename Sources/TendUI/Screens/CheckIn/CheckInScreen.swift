import TendCore

/// The morning ritual: mood, one intention, today's practice, for whom, and
/// a summary. Only the last Enter saves; leaving early saves nothing and says so.
public struct CheckInScreen: Screen {
    typealias Step = CheckInStep

    public let title = "Morning check-in"
    static let checkInTag: SaveTag = "check-in"
    /// The delete of this morning's earlier check-in, saved just before the new one.
    static let replaceTag: SaveTag = "check-in.replaced"
    /// The steps, the way out, the one save.
    private(set) var form: StepForm<Step>
    private(set) var mood = 3
    private(set) var intention = 0
    /// The practice step: the week's focus first, today's card one key away.
    private(set) var choice: CheckInPractice
    /// How many times `n` asked for another card.
    var practiceOffset: Int { choice.offset }
    private(set) var person = TextField(limit: 200, maxWidth: 40, completesNames: true)
    /// Today's earlier check-in, while the user decides to replace it or add another.
    private(set) var earlier: Record?
    private(set) var replacing: Record?
    /// True once the user has gone past the first step: choices were made.
    private var hasMovedOn = false

    /// - Parameter endsApp: true when started from the shell (`tend checkin`):
    ///   finishing quits back to the shell instead of returning home.
    public init(context: ScreenContext, endsApp: Bool = false) {
        form = StepForm(saveTag: Self.checkInTag, endsApp: endsApp)
        choice = CheckInPractice(context: context)
        earlier = context.data.journal.checkIns(on: context.today).last?.record
    }

    /// Takes up an unfinished check-in at the step where it was left.
    public init(resuming draft: Draft, context: ScreenContext, endsApp: Bool = false) {
        form = StepForm(saveTag: Self.checkInTag, endsApp: endsApp, resuming: draft)
        hasMovedOn = true
        mood = min(5, max(1, draft.choices["mood"] ?? 3))
        intention = min(Intention.allCases.count - 1, max(0, draft.choices["intention"] ?? 0))
        choice = CheckInPractice(context: context, choices: draft.choices)
        person = TextField(draft["person"], limit: 200, maxWidth: 40, completesNames: true)
        // It replaces this morning's check-in only if that one is still there to replace.
        replacing = context.data.journal.checkIns(on: context.today).first { $0.record.id.rawValue == draft.replacing }?.record
    }

    var step: Step { form.step }
    var hint: String? { form.hint }

    public var keyHelp: ScreenKeys { keys.keyHelp }
    public var isTakingText: Bool { earlier == nil && step == .person }
    /// Choices count as words once the first step is behind: leaving keeps them as a draft.
    private var hasWords: Bool { earlier == nil && (step != .mood || hasMovedOn) }
    public var hasDraft: Bool { form.hasDraft(hasWords: hasWords) }
    public var draftKind: Draft.Kind? { .checkIn }

    public var draft: Draft? {
        form.draft(.checkIn, hasWords: hasWords, words: ["person": person.text],
                   choices: ["mood": mood, "intention": intention].merging(choice.draftChoices) { $1 },
                   replacing: replacing?.id.rawValue)
    }

    public mutating func update(_ event: Event, context: ScreenContext) -> [Effect] {
        switch event {
        case .saved:
            guard let (tag, result) = form.answer(to: event), tag == Self.checkInTag, case .success = result else {
                return []
            }
            let name = practice(context)?.name ?? "your practice"
            return form.close(report: Report("Checked in. Today: \(name)."),
                              leaveWord: SendingWords.fill(context.data.prompts.shell.checkIn, ["practice": name]))
        case .keyPressed(let key):
            return handle(key, context: context)
        default:
            return []
        }
    }

    private mutating func handle(_ key: Key, context: ScreenContext) -> [Effect] {
        let wasAsking = form.takeKey()
        form.hint = nil
        guard let intent = keys.intent(for: key) else {
            guard step == .person, earlier == nil else { return [] }
            if case .refused = person.handle(key) { return [.bell] }
            return []
        }
        switch intent {
        case .replace:
            replacing = earlier; earlier = nil
        case .addAnother:
            earlier = nil
        case .left:
            if step == .mood { mood = max(1, mood - 1) } else { intention = max(0, intention - 1) }
        case .right:
            if step == .mood { mood = min(5, mood + 1) } else { intention = min(Intention.allCases.count - 1, intention + 1) }
        case .digit(let n):
            if step == .mood { mood = n } else { intention = n - 1 }
            form.next()
        case .practice(let intent):
            return choice.handle(intent, context: context)
        case .acceptName:
            person.completeName(context)
        case .back:
            if earlier == nil, form.back() { break }
            // Choices are quick to make again; a typed name is asked about first.
            let words = DayPart(context.now.wall, in: context.zone) == .morning
                ? "Nothing saved. The morning is still yours." : "Nothing saved. There is still time today."
            return form.leave(hasWords: earlier == nil && !person.isEmpty, confirmed: wasAsking, report: Report(words))
        case .next:
            if step == .summary { return save(context) }
            // Like the bedtime screen: Enter keeps a known person's spelling.
            if step == .person { person.completeName(context) }
            if step == .practice, person.isEmpty, let name = choice.person(context) { person.set(name) }
            form.next()
        }
        if step != .mood { hasMovedOn = true }
        return []
    }

    private mutating func save(_ context: ScreenContext) -> [Effect] {
        guard !form.isSaving, let practice = practice(context) else { return [] }
        let name = person.trimmed
        let checkIn = CheckIn(mood: mood, intention: Intention.allCases[intention], practice: practice.id,
                              person: name.isEmpty ? nil : name)
        var effects: [Effect] = []
        if let replacing { effects += form.save(.delete(Delete(target: replacing.id)), tag: Self.replaceTag) }
        for (payload, tag) in choice.saves(person: checkIn.person, context: context) { effects += form.save(payload, tag: tag) }
        effects += form.save(.checkIn(checkIn))
        return effects
    }

    /// The practice the check-in takes: the week's focus, or today's card.
    func practice(_ context: ScreenContext) -> Practice? { choice.practice(context) }
}
