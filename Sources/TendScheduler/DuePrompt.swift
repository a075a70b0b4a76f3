import Foundation
import TendCore

/// A prompt to offer now. Record `firing` once it has been offered, and it
/// will not be offered again for that day.
public struct DuePrompt: Hashable, Sendable {
    public var prompt: ScheduledPrompt
    /// The (prompt, local day) key to record.
    public var firing: Firing
    /// When it was meant to appear: its time that day (the end of the gap if
    /// that time was skipped by a clock change), or the end of a snooze.
    public var scheduledAt: Date
    public var reason: DueReason

    public init(prompt: ScheduledPrompt, firing: Firing, scheduledAt: Date, reason: DueReason) {
        self.prompt = prompt
        self.firing = firing
        self.scheduledAt = scheduledAt
        self.reason = reason
    }

    /// True when it is offered late, as a catch-up.
    public var isCatchUp: Bool {
        if case .catchUp = reason { return true }
        return false
    }

    /// How late a catch-up is; zero otherwise.
    public var lateness: TimeInterval {
        if case .catchUp(let late) = reason { return late }
        return 0
    }
}
