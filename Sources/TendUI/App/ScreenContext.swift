import Foundation
import TendCore

/// What every screen may read while updating or drawing: the time, the
/// calendar, the user's data and settings.
public struct ScreenContext: Sendable {
    public var now: Moment
    public var calendar: Calendar
    public var data: AppData
    /// False when the user asked for a calm, static interface.
    public var allowsMotion: Bool
    /// The window's size, kept current by `AppState`, so a list knows how
    /// far a page goes.
    public var size = Size(width: 80, height: 24)

    public init(now: Moment, calendar: Calendar = .current, data: AppData = AppData(), allowsMotion: Bool? = nil) {
        self.now = now; self.calendar = calendar; self.data = data
        self.allowsMotion = allowsMotion ?? data.config.display.animation
    }

    /// Today, in the calendar's time zone.
    public var today: LocalDay { LocalDay(containing: now.wall, in: calendar.timeZone) }

    /// A number that changes once a day, for choices that rotate daily.
    public var dayNumber: Int { today.daysSinceEpoch }
}
