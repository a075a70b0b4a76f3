import Foundation

/// "Now" for the schedule commands: the one clock every command uses.
enum ScheduleClock {
    static func now(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Date {
        try LaunchClock.now(environment: environment)
    }
}
