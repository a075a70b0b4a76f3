import Foundation
import TendProcess

/// An instant seen by two clocks: wall time for the calendar and schedules,
/// and monotonic seconds for durations (a pause must not stretch when the
/// wall clock jumps).
public struct Moment: Hashable, Sendable {
    public var wall: Date
    /// Seconds on a monotonic clock; only differences mean anything.
    public var uptime: Double

    public init(wall: Date, uptime: Double) { self.wall = wall; self.uptime = uptime }

    /// This moment `seconds` later on both clocks.
    public func advanced(by seconds: Double) -> Moment {
        Moment(wall: wall.addingTimeInterval(seconds), uptime: uptime + seconds)
    }
}

/// The one source of time: the binary reads the real clocks, tests drive a
/// manual clock. (Not `Clock`, which would shadow `Swift.Clock`.)
public protocol TimeSource: AnyObject, Sendable {
    func now() -> Moment
}

/// The machine's clocks, optionally starting the wall clock at a chosen
/// instant (`TEND_NOW`) and running forward from it.
public final class SystemClock: TimeSource {
    private let wallOffset: TimeInterval

    public init(startingAt start: Date? = nil) {
        wallOffset = start.map { $0.timeIntervalSinceNow } ?? 0
    }

    public func now() -> Moment {
        Moment(wall: Date().addingTimeInterval(wallOffset), uptime: MonotonicClock.seconds())
    }
}
