import Foundation

/// What every screen may read while updating or drawing: the time, the
/// calendar, and the user's display preferences.
public struct ScreenContext: Sendable {
    public var now: Moment
    public var calendar: Calendar
    /// False when the user asked for a calm, static interface.
    public var allowsMotion: Bool

    public init(now: Moment, calendar: Calendar = .current, allowsMotion: Bool = true) {
        self.now = now; self.calendar = calendar; self.allowsMotion = allowsMotion
    }
}
