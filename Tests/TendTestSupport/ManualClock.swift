import Foundation
import TendUI

/// A clock that moves only when a test says so.
public final class ManualClock: TimeSource, @unchecked Sendable {
    private let lock = NSLock()
    private var moment: Moment

    public init(_ start: Moment = Moment(wall: Fixtures.morning, uptime: 1000)) { moment = start }

    public func now() -> Moment { lock.withLock { moment } }

    /// Moves both clocks forward.
    public func advance(by seconds: Double) { lock.withLock { moment = moment.advanced(by: seconds) } }

    /// Moves only the wall clock (a jump, a time-zone change); durations are unaffected.
    public func jumpWall(by seconds: Double) { lock.withLock { moment.wall.addTimeInterval(seconds) } }
}
