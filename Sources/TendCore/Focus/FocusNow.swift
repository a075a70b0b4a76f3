/// The focus that matters today: about to begin, running, or over and
/// waiting for its look back.
public struct FocusNow: Hashable, Sendable {
    public var week: FocusWeek
    public var today: LocalDay
    /// True from the evening of its seventh day until the look back is made.
    public var isReflectionDue: Bool

    public init(week: FocusWeek, today: LocalDay, isReflectionDue: Bool) {
        self.week = week
        self.today = today
        self.isReflectionDue = isReflectionDue
    }

    /// Today's place in the week: 0 before it begins, 1–7, and 7 once it is over.
    public var day: Int { min(Focus.length, max(0, week.dayNumber(on: today))) }

    /// True before its first day (a focus chosen late in the evening).
    public var isUpcoming: Bool { week.dayNumber(on: today) < 1 }

    /// True on days 1 to 7.
    public var isRunning: Bool { (1...Focus.length).contains(week.dayNumber(on: today)) }

    /// True once its seventh day has passed.
    public var hasEnded: Bool { week.dayNumber(on: today) > Focus.length }

    public var card: String { week.focus.card }
    public var person: String? { week.focus.person }

    /// True when today's answer is in (done, or "not today" at bedtime).
    public var isTodayAnswered: Bool { week.doneDays.contains(today) || week.answeredDays.contains(today) }

    public var marks: [FocusMark] { week.marks(on: today) }
}
