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
    private var pausesToday: Int
    private var schedule: Schedule

    init(context: ScreenContext) {
        let journal = context.data.journal
        let today = context.today
        schedule = context.data.config.schedule
        let checkIn = journal.checkIns(on: today).last?.checkIn
        practice = checkIn.flatMap { context.data.practices.practice(withID: $0.practice) }
        isMorningDone = checkIn != nil
        morning = checkIn.map { c in "done · feeling \(MoodScale.label(c.mood))" }
            ?? "due at \(schedule.morning.time)"
        let pauses = journal.pauses(on: today).filter { $0.outcome == .completed }.count
        isPauseDone = pauses > 0
        pausesToday = pauses
        pause = pauses == 0 ? "any time, five seconds" : pauses == 1 ? "1 today" : "\(pauses) today"
        let thanksToday = journal.appreciations(from: today, through: today).count
        isBedtimeDone = thanksToday > 0
        bedtime = thanksToday > 0 ? "done" : "due at \(schedule.bedtime.time)"
        let weekStart = today.adding(days: -((today.daysSinceEpoch + 3) % 7)) // Monday
        let week = journal.appreciations(from: weekStart, through: today).count
        browse = week == 0 ? "none yet this week" : Plural.count(week, "appreciation") + " this week"
        streak = journal.streak(on: today)
        balance = BalanceStats(records: Array(journal.records(from: weekStart)), today: today).thisWeek
    }

    func status(for item: HomeMenu.Item) -> (text: String, isDone: Bool) {
        switch item.key {
        case "m": return (morning, isMorningDone)
        case "p": return (pause, isPauseDone)
        case "t": return (bedtime, isBedtimeDone)
        case "b": return (browse, false)
        case "r": return (repairs, false)
        default: return (streak > 1 ? streakText : "the habit, as pictures", false)
        }
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

    /// The same in a few columns, for narrow windows: a time, a tick, a count.
    func shortStatus(for item: HomeMenu.Item) -> String {
        switch item.key {
        case "m": return isMorningDone ? "" : "\(schedule.morning.time)"
        case "p": return pausesToday > 0 ? "\(pausesToday)" : ""
        case "t": return isBedtimeDone ? "" : "\(schedule.bedtime.time)"
        default: return ""
        }
    }
}
