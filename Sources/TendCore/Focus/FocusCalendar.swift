/// When a week's focus begins and when its look back is due, on the local
/// days the user lives by: a focus counts calendar days in whatever time
/// zone the user is in, so a daylight-saving change or a flight neither
/// adds nor loses a day.
public enum FocusCalendar {
    /// A focus chosen at this hour or later begins the next day, so that its
    /// first day is a whole one and not the last hour before sleep.
    public static let lateStartHour = 21
    /// From this hour of its seventh day a week is over enough to look back on.
    public static let eveningHour = 18
    /// How long after its week a focus still waits for its look back; after
    /// that it is left quietly in the journal.
    public static let lookBackDays = 28

    /// The first day of a focus chosen at `now` (local time with its offset).
    public static func firstDay(choosingAt now: LocalTime) -> LocalDay {
        let today = Self.today(now)
        return now.local.hour >= lateStartHour ? today.adding(days: 1) : today
    }

    /// The first day of the week after `focus`, chosen at `now`: the day after
    /// its last, or later when the look back came late.
    public static func nextWeek(after focus: Focus, choosingAt now: LocalTime) -> LocalDay {
        max(focus.lastDay.adding(days: 1), firstDay(choosingAt: now))
    }

    /// The local day `now` falls on.
    public static func today(_ now: LocalTime) -> LocalDay {
        LocalDay(daysSinceEpoch: DayNumbering.day(of: now))
    }
}
