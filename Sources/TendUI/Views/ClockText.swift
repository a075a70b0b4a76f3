import Foundation

/// Dates and times as the header and lists show them, from the calendar in
/// the context (so tests can pin the time zone). Names are in English, like
/// every other word on screen, and fixed: asking the locale for them on
/// every frame cost more than drawing the rest of the header.
public enum ClockText {
    static let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]

    /// "Mon 23 Nov  09:41".
    public static func dayAndTime(_ date: Date, calendar: Calendar) -> String {
        "\(day(date, calendar: calendar))  \(time(date, calendar: calendar))"
    }

    /// "Mon 23 Nov".
    public static func day(_ date: Date, calendar: Calendar) -> String {
        let parts = calendar.dateComponents([.weekday, .day, .month], from: date)
        return "\(weekdayName(parts.weekday ?? 1).prefix(3)) \(parts.day ?? 1) \(monthName(parts.month ?? 1).prefix(3))"
    }

    /// "09:41".
    public static func time(_ date: Date, calendar: Calendar) -> String {
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return "\(twoDigits(parts.hour ?? 0)):\(twoDigits(parts.minute ?? 0))"
    }

    /// "Sunday" for 1 … "Saturday" for 7, as `Calendar` numbers weekdays.
    static func weekdayName(_ weekday: Int) -> String { weekdays[(weekday - 1 + 7) % 7] }

    /// "January" for 1 … "December" for 12.
    static func monthName(_ month: Int) -> String { months[(month - 1 + 12) % 12] }

    private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
