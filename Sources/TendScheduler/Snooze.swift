import Foundation

/// A prompt the user put off: it comes back at `until`.
public struct Snooze: Hashable, Codable, Sendable {
    /// The firing that was snoozed (which prompt, which day).
    public var firing: Firing
    /// When it comes back.
    public var until: Date

    public init(firing: Firing, until: Date) {
        self.firing = firing
        self.until = until
    }
}
