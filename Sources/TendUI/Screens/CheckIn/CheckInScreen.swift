import TendCore

/// The morning ritual: mood, one intention, today's practice, for whom, and
/// a summary. Only the last Enter saves; leaving early saves nothing and says so.
public struct CheckInScreen: Screen {
    enum Step: Int, CaseIterable { case mood = 1, intention, practice, person, summary }

    public let title = "Morning check-in"
    static let checkInTag: SaveTag = "check-in"
    /// The delete of this morning's earlier check-in, saved just before the new one.
    static let replaceTag: SaveTag = "check-in.replaced"
    private(set) var step: Step = .mood
    private(set) var mood = 3
    private(set) var intention = 0
    /// The practice step: the week's focus first, today's card one key away.
    private(set) var choice: CheckInPractice
    /// How many times `n` asked for another card.
    var practiceOffset: Int { choice.offset }
    private(set) var person = LineEditor(limit: 200)
    /// Today's earlier check-in, while the user decides to replace it or add another.
    private(set) var earlier: Record?
    private var replacing: Record?
    private var saves = PendingSaves()
    /// Once saved nothing is left to lose (a screen from the shell stays up until the app ends).
    private var isSaved = false
    /// True once the user has gone past the first step: choices were made.
    private var hasMovedOn = false
    /// True after Esc on the first step with a name typed: a second Esc leaves.
    private var confirmingLeave = false
    private(set) var hint: String?
    private let endsApp: Bool
    /// The draft this screen took up again, whose file it goes on writing.
    private var draftID = ""

    /// - Parameter endsApp: true when started from the shell (`tend checkin`):
    ///   finishing quits back to the shell instead of returning home.
    public init(context: ScreenContext, endsApp: Bool = false) {
        self.endsApp = endsApp
        choice = CheckInPractice(context: context)
        earlier = context.data.journal.checkIns(on: context.today).last?.record
    }

    /// Takes up an unfinished check-in at the step where it was left.
    public init(resuming draft: Draft, context: ScreenContext, endsApp: Bool = false) {
        self.endsApp = endsApp
        draftID = draft.id
        step = Step(rawValue: (Self.draftSteps.firstIndex(of: draft.step) ?? 0) + 1) ?? .mood
        hasMovedOn = true
        mood = min(5, max(1, draft.choices["mood"] ?? 3))
        intention = min(Intention.allCases.count - 1, max(0, draft.choices["intention"] ?? 0))
        choice = CheckInPractice(context: context, choices: draft.choices)
        person = LineEditor(draft["person"], limit: max(200, draft["person"].count))
        // It replaces this morning's check-in only if that one is still there to replace.
        replacing = context.data.journal.checkIns(on: context.today).first { $0.record.id.rawValue == draft.replacing }?.record
    }

    enum Intent: Sendable {
        case left, right, digit(Int), next, back, practice(CheckInPractice.Intent), replace, addAnother, acceptName
    }

    private var keys: KeyMap<Intent> {
        if earlier != nil {
            return KeyMap([
                KeyBinding([.character("r")], "r", "replace today's earlier check-in", .replace, footer: "replace"),
                KeyBinding([.character("a")], "a", "add another check-in", .addAnother, footer: "add"),
                KeyBinding([.escape, .character("q")], "Esc", "go back home", .back, footer: "back"),
            ])
        }
        var bindings: [KeyBinding<Intent>] = []
        switch step {
        case .mood, .intention:
            bindings += [
                KeyBinding([.left, .character("h"), .up, .character("k")], "←/h", "previous choice", .left),
                KeyBinding([.right, .character("l"), .down, .character("j")], "→/l", "next choice", .right),
            ]
            let count = step == .mood ? 5 : Intention.allCases.count
            bindings += (1...count).map { n in
                KeyBinding([.character(Character(String(n)))], "\(n)", "choose \(n)", .digit(n))
            }
            bindings.append(KeyBinding([.enter], "Enter", "continue", .next, footer: "continue"))
        case .practice:
            bindings += choice.bindings { .practice($0) }
            bindings.append(KeyBinding([.enter], "Enter", "take this practice", .next, footer: "take it"))
        case .person:
            bindings += [
                KeyBinding([.tab], "Tab", "complete a name used before", .acceptName, footer: "complete"),
                KeyBinding([.enter], "Enter", "continue (a name is optional)", .next, footer: "continue"),
            ]
        case .summary:
            bindings.append(KeyBinding([.enter], "Enter", "save the check-in", .next, footer: "save"))
        }
        let backKeys: [Key] = step == .person ? [.escape] : [.escape, .character("q")]
        bindings.append(KeyBinding(backKeys, "Esc", step == .mood ? "leave without saving" : "previous step", .back,
                                   footer: "back"))
        return KeyMap(bindings)
    }

    public var keyHelp: ScreenKeys { keys.keyHelp }
    public var isTakingText: Bool { earlier == nil && step == .person }
    public var hasDraft: Bool { earlier == nil && !isSaved && (step != .mood || hasMovedOn) }
    public var draftKind: Draft.Kind? { .checkIn }

    public var draft: Draft? {
        guard hasDraft else { return nil }
        return Draft(kind: .checkIn, id: draftID, step: Self.draftSteps[step.rawValue - 1], words: ["person": person.text],
                     choices: ["mood": mood, "intention": intention].merging(choice.draftChoices) { $1 },
                     replacing: replacing?.id.rawValue)
    }

    /// The steps' names in a draft file, in order.
    private static let draftSteps = ["mood", "intention", "practice", "person", "summary"]

    public mutating func update(_ event: Event, context: ScreenContext) -> [Effect] {
        switch event {
        case .saved:
            guard let (tag, result) = saves.answer(to: event), tag == Self.checkInTag, case .success = result else {
                return []
            }
            isSaved = true
            let name = practice(context)?.name ?? "your practice"
            let words = "Checked in. Today: \(name)."
            guard endsApp else { return [.report(Report(words)), .pop] }
            return [.report(Report(words)), .leaveWord(SendingWords.fill(context.data.prompts.shell.checkIn, ["practice": name])), .quit(status: 0)]
        case .keyPressed(let key):
            return handle(key, context: context)
        default:
            return []
        }
    }

    private mutating func handle(_ key: Key, context: ScreenContext) -> [Effect] {
        let wasConfirming = confirmingLeave
        confirmingLeave = false
        hint = nil
        guard let intent = keys.intent(for: key) else {
            if step == .person, earlier == nil {
                if case .refused = person.handle(key) { return [.bell] }
            }
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
            step = Step(rawValue: step.rawValue + 1) ?? step
        case .practice(let intent):
            return choice.handle(intent, context: context)
        case .acceptName:
            completeName(context)
        case .back:
            if earlier != nil || step == .mood {
                // Choices are quick to make again; a typed name is asked about first.
                if earlier == nil, !person.isEmpty, !wasConfirming {
                    confirmingLeave = true
                    hint = "Leave without saving? Esc again leaves; any other key stays."
                    return []
                }
                let words = DayPart(context.now.wall, calendar: context.calendar) == .morning
                    ? "Nothing saved. The morning is still yours." : "Nothing saved. There is still time today."
                return [.report(Report(words)), endsApp ? .quit(status: 0) : .pop]
            }
            step = Step(rawValue: step.rawValue - 1) ?? .mood
        case .next:
            if step == .summary { return save(context) }
            // Like the bedtime screen: Enter keeps a known person's spelling.
            if step == .person { completeName(context) }
            if step == .practice, person.isEmpty, let name = choice.person(context) { person.set(name) }
            step = Step(rawValue: step.rawValue + 1) ?? step
        }
        if step != .mood { hasMovedOn = true }
        return []
    }

    private mutating func completeName(_ context: ScreenContext) {
        if let name = NameCompletion.match(for: person.text, among: context.data.journal.people) { person.set(name) }
    }

    private mutating func save(_ context: ScreenContext) -> [Effect] {
        guard !saves.contains(Self.checkInTag), let practice = practice(context) else { return [] }
        let name = person.text.trimmingCharacters(in: .whitespaces)
        let checkIn = CheckIn(mood: mood, intention: Intention.allCases[intention], practice: practice.id,
                              person: name.isEmpty ? nil : name)
        var effects: [Effect] = []
        if let replacing { effects += saves.save(.delete(Delete(target: replacing.id)), tag: Self.replaceTag) }
        for (payload, tag) in choice.saves(person: checkIn.person, context: context) { effects += saves.save(payload, tag: tag) }
        effects += saves.save(.checkIn(checkIn), tag: Self.checkInTag)
        return effects
    }

    /// The practice the check-in takes: the week's focus, or today's card.
    func practice(_ context: ScreenContext) -> Practice? { choice.practice(context) }

    public func render(into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        let x = area.x + 2, width = area.width - 4
        // Words for the time they are read at (and, for the earlier check-in, the time it was made).
        let now = DayPart(context.now.wall, calendar: context.calendar)
        if let earlier {
            let when = DayPart(hour: earlier.time.local.hour).this
            canvas.write("You checked in \(when) at \(ClockText.time(earlier.time.date, calendar: context.calendar)).",
                         x: x, y: area.y + 1, style: Style(bold: true), truncatingTo: width)
            canvas.write("Replace it with a fresh one, or add another?", x: x, y: area.y + 3, truncatingTo: width)
            return
        }
        StepHeader.render(into: &canvas, area: area.content, step: step.rawValue, of: Step.allCases.count, name: stepName)
        if let hint { canvas.write(hint, x: x, y: area.maxY - 1, style: Style(.warm), truncatingTo: width) }
        let y = area.y + 2
        let guide = context.data.prompts.intentions
        switch step {
        case .mood:
            canvas.write(now == .night ? "How do you feel right now?" : "How do you feel \(now.this)?", x: x, y: y,
                         style: Style(bold: true), truncatingTo: width)
            ChoiceRow.render(into: &canvas, area: area.content.dropping(top: 4), options: MoodScale.labels, selected: mood - 1)
        case .intention:
            canvas.write("One intention for today:", x: x, y: y, style: Style(bold: true), truncatingTo: width)
            let options = Intention.allCases.map { guide.label(of: $0) }
            ChoiceRow.render(into: &canvas, area: area.content.dropping(top: 4), options: options, selected: intention)
            let below = y + 3 + ChoiceRow.height(options: options, width: width)
            for (offset, line) in guide.summary(of: Intention.allCases[intention]).wrapped(toWidth: width).enumerated()
            where below + offset < area.maxY {
                canvas.write(line, x: x, y: below + offset, style: .muted)
            }
        case .practice:
            choice.render(into: &canvas, area: area.content.dropping(top: 2).dropping(bottom: hint == nil ? 0 : 1), context: context)
        case .person:
            canvas.write("Who is it for? (optional)", x: x, y: y, style: Style(bold: true), truncatingTo: width)
            let suggestion = NameCompletion.suggestion(for: person.text, among: context.data.journal.people)
            person.render(into: &canvas, x: x, y: y + 2, width: min(width, 40), suggestion: suggestion)
            let people = context.data.journal.people
            if person.isEmpty, !people.isEmpty {
                canvas.write("Names you have used: \(people.prefix(4).joined(separator: ", "))",
                             x: x, y: y + 4, style: .muted, truncatingTo: width)
            }
        case .summary:
            canvas.write(now == .morning ? "Your morning:" : "Your check-in:", x: x, y: y, style: Style(bold: true),
                         truncatingTo: width)
            let name = person.text.trimmingCharacters(in: .whitespaces)
            let rows = [
                ("Mood", "\(mood) · \(MoodScale.label(mood))"),
                ("Intention", guide.label(of: Intention.allCases[intention])),
                ("Practice", choice.summary(context)),
                ("For", name.isEmpty ? "anyone you meet" : name),
            ]
            for (offset, row) in rows.enumerated() where y + 2 + offset < area.maxY {
                canvas.write(row.0, x: x, y: y + 2 + offset, style: .muted)
                canvas.write(row.1, x: x + 11, y: y + 2 + offset, truncatingTo: width - 11)
            }
            if replacing != nil, y + 7 < area.maxY {
                canvas.write("This replaces today's earlier check-in.", x: x, y: y + 7, style: .muted,
                             truncatingTo: width)
            }
        }
    }

    private var stepName: String {
        switch step {
        case .mood: return "Mood"
        case .intention: return "Intention"
        case .practice: return "Practice"
        case .person: return "For whom"
        case .summary: return "Summary"
        }
    }
}
