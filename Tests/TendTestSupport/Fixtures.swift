import Foundation
import TendCore
import TendUI

/// Fixed instants and a pinned zone, so screens render the same
/// everywhere (no dependence on the machine's zone).
public enum Fixtures {
    /// The zone every fixture lives in.
    public static let zone = Zone.utc

    /// Monday 23 November 2026, 07:10 UTC: before any default prompt is due.
    public static let morning = date(2026, 11, 23, 7, 10)

    public static func date(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int = 0) -> Date {
        let days = CivilDateTime.daysFromCivil(year: year, month: month, day: day)
        return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + Int64(hour * 3600 + minute * 60 + second)))
    }

    /// A screen context at `date` in the pinned zone.
    public static func context(at date: Date = morning, uptime: Double = 1000) -> ScreenContext {
        ScreenContext(now: Moment(wall: date, uptime: uptime), zone: zone)
    }
}
