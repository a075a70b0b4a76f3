import Foundation
import TendCore

/// What every screen may read while updating or drawing: the time, the
/// time zone, the user's data and settings.
public struct ScreenContext: Sendable {
    public var now: Moment
    public var zone: Zone
    public var data: AppData
    /// False when the user asked for a calm, static interface.
    public var allowsMotion: Bool
    /// The window's size, kept current by `AppState`, so a list knows how
    /// far a page goes.
    public var size = Size(width: 80, height: 24)

    /// The screen's body: the window less the header (two rows) and the
    /// footer (two rows). `AppState` draws the top screen here, and a
    /// screen's update lays itself out in the same rect its render gets.
    public var body: Rect { Rect(x: 0, y: 2, width: size.width, height: size.height - 4) }

    public init(now: Moment, zone: Zone = .current, data: AppData = AppData(), allowsMotion: Bool? = nil) {
        self.now = now; self.zone = zone; self.data = data
        self.allowsMotion = allowsMotion ?? data.config.display.animation
    }

    /// Today, in the context's time zone.
    public var today: LocalDay { LocalDay(containing: now.wall, in: zone) }

    /// A number that changes once a day, for choices that rotate daily.
    public var dayNumber: Int { today.daysSinceEpoch }
}
