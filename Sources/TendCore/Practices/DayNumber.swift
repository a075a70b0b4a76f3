import Foundation

/// Calendar days as plain integers (days since 1970-01-01 in the user's
/// calendar), so that daily choices depend on the date the user sees,
/// never on the hour, the time zone's offset or daylight saving.
public enum DayNumber {
    /// The day number of the calendar date `date` falls on in `calendar`.
    public static func of(_ date: Date, in calendar: Calendar) -> Int {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return from(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }

    /// The day number of a proleptic Gregorian date (Howard Hinnant's
    /// `days_from_civil`).
    public static func from(year: Int, month: Int, day: Int) -> Int {
        Int(CivilDateTime.daysFromCivil(year: year, month: month, day: day))
    }
}
