/// Where today stands, for `tend today` and the status bars that show it:
/// each ritual done or when it is due, the day's focus, and the week's
/// balance. Pure: the records, the schedule and the time are passed in.
public struct TodayStatus: Hashable, Sendable {
    /// A morning or bedtime prompt not answered yet, against the clock.
    public enum PromptState: String, Hashable, Sendable {
        /// Done today.
        case done
        /// Its time is still ahead.
        case ahead
        /// In the hour after its time.
        case due
        /// Its time has passed; there is still time.
        case open
        /// Not on today's days.
        case off
    }

    public struct Prompt: Hashable, Sendable {
        public var state: PromptState
        public var time: TimeOfDay
    }

    /// The day's focus: the week's focus while one runs, else the check-in's
    /// practice; with the check-in's intention and mood once there is one.
    public struct Focus: Hashable, Sendable {
        /// The morning's intention, nil before the check-in.
        public var intention: Intention?
        public var practice: String
        public var person: String?
        /// The morning's mood, nil before the check-in.
        public var mood: Int?
        /// The day of the week's focus (1–7); nil when the practice is the check-in's.
        public var weekDay: Int?

        public init(intention: Intention?, practice: String, person: String?, mood: Int?, weekDay: Int? = nil) {
            self.intention = intention; self.practice = practice; self.person = person; self.mood = mood
            self.weekDay = weekDay
        }
    }

    public var day: LocalDay
    public var morning: Prompt
    public var bedtime: Prompt
    /// Doorway pauses breathed all the way today.
    public var pauses: Int
    /// Doorway pauses the schedule names for today.
    public var pausesPlanned: Int
    public var focus: Focus?
    public var balance: BalanceWeek

    /// `records`: live records (edits applied) from at least this week's Monday on;
    /// `focusWeek`: the week's focus as `FocusTracker` finds it, which is the
    /// day's focus while it runs.
    public init(records: [Record], schedule: Schedule, today: LocalDay, minutesSinceMidnight minutes: Int,
                focusWeek: FocusNow? = nil) {
        day = today
        let todays = records.filter { $0.localDay == today }
        let checkIn = todays.last { $0.kind == .checkIn }.flatMap { record -> CheckIn? in
            if case .checkIn(let c) = record.payload { return c }
            return nil
        }
        let thanked = todays.contains { $0.kind == .appreciation }
        morning = Prompt(state: Self.state(of: schedule.morning, done: checkIn != nil, minutes: minutes, on: today),
                         time: schedule.morning.time)
        bedtime = Prompt(state: Self.state(of: schedule.bedtime, done: thanked, minutes: minutes, on: today),
                         time: schedule.bedtime.time)
        pauses = todays.filter { if case .pause(let p) = $0.payload { p.outcome == .completed } else { false } }.count
        pausesPlanned = schedule.pauses.filter { $0.days.contains(today.weekday) }.count
        if let week = focusWeek, week.isRunning {
            focus = Focus(intention: checkIn?.intention, practice: week.card, person: week.person, mood: checkIn?.mood,
                          weekDay: week.day)
        } else {
            focus = checkIn.map { Focus(intention: $0.intention, practice: $0.practice, person: $0.person, mood: $0.mood) }
        }
        balance = BalanceStats(records: records, today: today).thisWeek
    }

    private static func state(of prompt: ScheduledPrompt, done: Bool, minutes: Int, on day: LocalDay) -> PromptState {
        if done { return .done }
        guard prompt.days.contains(day.weekday) else { return .off }
        let late = minutes - prompt.time.minutesSinceMidnight
        return late < 0 ? .ahead : late < 60 ? .due : .open
    }

    /// "✓ morning · pause 2 · bedtime at 21:30 · 3 : 1": what a status bar shows.
    public var line: String {
        var parts: [String] = []
        if let morning = Self.words("morning", morning) { parts.append(morning) }
        if pauses > 0 { parts.append("pause \(pauses)") }
        if let bedtime = Self.words("bedtime", bedtime) { parts.append(bedtime) }
        if !balance.isEmpty { parts.append("\(balance.good) : \(balance.hard)") }
        return parts.joined(separator: " · ")
    }

    private static func words(_ name: String, _ prompt: Prompt) -> String? {
        switch prompt.state {
        case .done: return "✓ \(name)"
        case .ahead: return "\(name) at \(prompt.time)"
        case .due: return "\(name) now"
        case .open: return "\(name) open"
        case .off: return nil
        }
    }

    /// `due` when a ritual is due now, `open` when one passed unanswered,
    /// `done` when both are done, else `ahead`: for a status bar's colour.
    public var statusClass: String {
        let states = [morning.state, bedtime.state]
        if states.contains(.due) { return "due" }
        if states.contains(.open) { return "open" }
        if states.allSatisfy({ $0 == .done || $0 == .off }) { return "done" }
        return "ahead"
    }
}
