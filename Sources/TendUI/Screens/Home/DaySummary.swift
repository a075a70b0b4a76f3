import TendCore

/// Where today's rituals stand, in the short words home shows beside them.
struct DaySummary {
    var morning: String
    var pause: String
    var bedtime: String
    var browse: String
    var isMorningDone: Bool
    var isPauseDone: Bool
    var isBedtimeDone: Bool
    var practice: Practice?
    var streak: Int
    /// This week's good moments beside hard ones.
    var balance: BalanceWeek
    /// Today's meetings, and what was done at them.
    var meetings: MeetingDay
    private var pausesToday: Int
    private var schedule: Schedule
    /// Where the morning and bedtime prompts stand against the clock.
    private var morningTime: PromptTime
    private var bedtimeTime: PromptTime

    /// A prompt not answered yet: still ahead, due in the hour after its
    /// time, passed, or not on today.
    enum PromptTime { case ahead, due, passed, notToday }

    init(context: ScreenContext) {
        let journal = context.data.journal
        let today = context.today
        schedule = context.data.config.schedule
        let clock = context.localNow.local
        let minutes = clock.hour * 60 + clock.minute
        morningTime = Self.time(of: schedule.morning, minutes: minutes, on: today)
        bedtimeTime = Self.time(of: schedule.bedtime, minutes: minutes, on: today)
        let checkIn = journal.checkIns(on: today).last?.checkIn
        practice = checkIn.flatMap { context.data.practices.practice(withID: $0.practice) }
        isMorningDone = checkIn != nil
        // A check-in not made by its time is met with "still time", never with loss.
        let morningTime = morningTime, morningAt = schedule.morning.time
        morning = checkIn.map { c in "done · feeling \(MoodScale.label(c.mood))" } ?? {
            switch morningTime {
            case .ahead: return "due at \(morningAt)"
            case .due: return "due now"
            case .passed: return "\(morningAt) has passed; there is still time"
            case .notToday: return "whenever you like"
            }
        }()
        let pauses = journal.pauses(on: today).filter { $0.outcome == .completed }.count
        isPauseDone = pauses > 0
        pausesToday = pauses
        pause = pauses == 0 ? "any time, five seconds" : pauses == 1 ? "1 today" : "\(pauses) today"
        // A thank-you that opened a meeting leaves tonight's sentence still to come.
        let thanksToday = journal.appreciations(from: today, through: today).filter { $0.meeting == nil }.count
        isBedtimeDone = thanksToday > 0
        switch (thanksToday > 0, bedtimeTime) {
        case (true, _): bedtime = "done"
        case (false, .ahead): bedtime = "due at \(schedule.bedtime.time)"
        case (false, .due): bedtime = "due now"
        case (false, .passed): bedtime = "still time tonight"
        case (false, .notToday): bedtime = "whenever you like"
        }
        let weekStart = today.adding(days: -((today.daysSinceEpoch + 3) % 7)) // Monday
        let week = journal.appreciations(from: weekStart, through: today).count
        browse = week == 0 ? "none yet this week" : Plural.count(week, "appreciation") + " this week"
        streak = journal.streak(on: today)
        meetings = MeetingDay(day: today, schedule: schedule, records: journal.records(from: today))
        balance = BalanceStats(records: Array(journal.records(from: weekStart)), today: today).thisWeek
    }

    private static func time(of prompt: ScheduledPrompt, minutes: Int, on day: LocalDay) -> PromptTime {
        guard prompt.days.contains(day.weekday) else { return .notToday }
        let late = minutes - prompt.time.minutesSinceMidnight
        return late < 0 ? .ahead : late < 60 ? .due : .passed
    }

    func status(for item: HomeMenu.Item) -> (text: String, isDone: Bool) {
        switch item.key {
        case "m": return (morning, isMorningDone)
        case "p": return (pause, isPauseDone)
        case "t": return (bedtime, isBedtimeDone)
        case "b": return (browse, false)
        case "r": return (repairs, false)
        case "o": return (meetingsText, false)
        default: return (streak > 1 ? streakText : "the habit, as pictures", false)
        }
    }

    /// Today's meetings in a line, "stand-up 10:00 ✓, retro 16:00" (a tick once one was opened or closed).
    private var meetingsText: String {
        guard !meetings.isEmpty else { return "open or close one, any time" }
        return meetings.meetings.map { entry in
            let name = SafeText.line(entry.label ?? "a meeting")
            let time = entry.scheduled.map { " \($0.time)" } ?? ""
            return name + time + (entry.isOpened || entry.isClosed ? " ✓" : "")
        }.joined(separator: ", ")
    }

    private var repairs: String {
        switch balance.repairs {
        case 0: return "after a rough moment"
        case 1: return "1 this week"
        default: return "\(balance.repairs) this week"
        }
    }

    /// Home reads only the recent months, so a streak reaching back that far says "+".
    var streakText: String {
        streak >= AppData.recentDays - 1 ? "\(streak)+-day streak" : "\(streak)-day streak"
    }

    private func short(_ time: PromptTime, at clock: TimeOfDay) -> String {
        switch time {
        case .ahead: return "\(clock)"
        case .due: return "now"
        case .passed: return "open"
        case .notToday: return ""
        }
    }

    /// The same in a few columns, for narrow windows: a time, a tick, a count.
    func shortStatus(for item: HomeMenu.Item) -> String {
        switch item.key {
        case "m": return isMorningDone ? "" : short(morningTime, at: schedule.morning.time)
        case "p": return pausesToday > 0 ? "\(pausesToday)" : ""
        case "t": return isBedtimeDone ? "" : short(bedtimeTime, at: schedule.bedtime.time)
        case "o": return meetings.isEmpty ? "" : "\(meetings.meetings.count) today"
        default: return ""
        }
    }
}
