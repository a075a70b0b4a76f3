import Foundation

/// Dates and times as the header and lists show them, from the calendar in
/// the context (so tests can pin locale and time zone).
public enum ClockText {
    /// "Mon 23 Nov  09:41".
    public static func dayAndTime(_ date: Date, calendar: Calendar) -> String {
        "\(day(date, calendar: calendar))  \(time(date, calendar: calendar))"
    }

    /// "Mon 23 Nov".
    public static func day(_ date: Date, calendar: Calendar) -> String {
        let parts = calendar.dateComponents([.weekday, .day, .month], from: date)
        let weekday = calendar.shortWeekdaySymbols[(parts.weekday ?? 1) - 1]
        let month = calendar.shortMonthSymbols[(parts.month ?? 1) - 1]
        return "\(weekday) \(parts.day ?? 1) \(month)"
    }

    /// "09:41".
    public static func time(_ date: Date, calendar: Calendar) -> String {
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }
}
