import Foundation
import TendCore

/// "Now" for the schedule commands: the real clock, or `TEND_NOW` when set.
enum ScheduleClock {
    static func now(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Date {
        switch WallClockOverride.now(environment: environment, timeZone: .current, fallback: Date()) {
        case .success(let date): return date
        case .failure(let error): throw error
        }
    }
}
