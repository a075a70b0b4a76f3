import Foundation

/// Calendar days as plain integers (days since 1970-01-01 on the user's
/// wall clock), so that daily choices depend on the date the user sees,
/// never on the hour, the time zone's offset or daylight saving.
public enum DayNumber {
    /// The day number of the date `date` falls on in `zone`.
    public static func of(_ date: Date, in zone: Zone) -> Int {
        LocalDay(containing: date, in: zone).daysSinceEpoch
    }

    /// The day number of a proleptic Gregorian date (Howard Hinnant's
    /// `days_from_civil`).
    public static func from(year: Int, month: Int, day: Int) -> Int {
        Int(CivilDateTime.daysFromCivil(year: year, month: month, day: day))
    }
}
