import Foundation

/// Why a prompt is due now.
public enum DueReason: Hashable, Sendable {
    /// Its time has just come (within the scheduler's on-time window).
    case onTime
    /// Its time passed earlier today while nothing was watching (the laptop
    /// slept, the app was closed, the clock jumped forward); `late` is by how much.
    case catchUp(late: TimeInterval)
    /// The user snoozed it and the snooze has run out.
    case snoozed
}
