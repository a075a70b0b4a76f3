/// A week's focus: one practice card kept for seven local days, starting on
/// `start`, optionally for one person. Stopping it early is an edit that
/// sets `stopped`; keeping it another week is a new focus record.
public struct Focus: Hashable, Sendable {
    /// How many local days a focus lasts.
    public static let length = 7

    /// The practice card's id.
    public var card: String
    /// Who it is for, if anyone in particular.
    public var person: String?
    /// The first of its seven local days.
    public var start: LocalDay
    /// The local day it was stopped early; nil while it runs its week.
    public var stopped: LocalDay?

    public init(card: String, person: String? = nil, start: LocalDay, stopped: LocalDay? = nil) {
        self.card = card
        self.person = person
        self.start = start
        self.stopped = stopped
    }

    /// The last of its seven days.
    public var lastDay: LocalDay { start.adding(days: Self.length - 1) }
}
