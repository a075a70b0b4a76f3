import Foundation
import TendUI

/// Fixed instants and a pinned calendar, so screens render the same
/// everywhere (no dependence on the machine's locale or zone).
public enum Fixtures {
    /// A calendar in UTC with English names.
    public static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        calendar.locale = Locale(identifier: "en_US_POSIX")
        return calendar
    }()

    /// Monday 23 November 2026, 07:10 UTC: before any default prompt is due.
    public static let morning = date(2026, 11, 23, 7, 10)

    public static func date(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int = 0) -> Date {
        calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second))
            ?? Date(timeIntervalSince1970: 0)
    }

    /// A screen context at `date` with the pinned calendar.
    public static func context(at date: Date = morning, uptime: Double = 1000) -> ScreenContext {
        ScreenContext(now: Moment(wall: date, uptime: uptime), calendar: calendar)
    }
}
