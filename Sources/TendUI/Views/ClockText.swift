import Foundation
import TendCore

/// Dates and times as the header and lists show them, in the zone in the
/// context (so tests can pin it). Names are in English, like
/// every other word on screen, and fixed: asking the locale for them on
/// every frame cost more than drawing the rest of the header.
public enum ClockText {
    static let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]

    /// "Mon 23 Nov  09:41".
    public static func dayAndTime(_ date: Date, in zone: Zone) -> String {
        "\(day(date, in: zone))  \(time(date, in: zone))"
    }

    /// "Mon 23 Nov".
    public static func day(_ date: Date, in zone: Zone) -> String {
        let day = LocalDay(containing: date, in: zone)
        return "\(weekdayName(day.weekday.rawValue).prefix(3)) \(day.day) \(monthName(day.month).prefix(3))"
    }

    /// "09:41".
    public static func time(_ date: Date, in zone: Zone) -> String {
        LocalTime(date, in: zone).local.hourMinute
    }

    /// "Sunday" for 1 … "Saturday" for 7, as `Weekday` numbers them.
    static func weekdayName(_ weekday: Int) -> String { weekdays[(weekday - 1 + 7) % 7] }

    /// "January" for 1 … "December" for 12.
    static func monthName(_ month: Int) -> String { months[(month - 1 + 12) % 12] }
}
