import ArgumentParser
import Foundation
import TendCore

/// "Now" for every command: the real clock, or `TEND_NOW=2026-03-29T07:29:55`
/// (local time), which pins it for tests and demos. The full-screen app and
/// `tend remind` start their running clock here; one-shot commands ask `now()`.
enum LaunchClock {
    /// The pinned start, or nil when `TEND_NOW` is not set.
    static func start(from environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Date? {
        guard environment[WallClockOverride.variable].map({ !$0.isEmpty }) == true else { return nil }
        switch WallClockOverride.now(environment: environment, timeZone: .current, fallback: Date()) {
        case .success(let date): return date
        case .failure(let error): throw ValidationError("\(error)")
        }
    }

    /// Now: `TEND_NOW` when set, else the system clock.
    static func now(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Date {
        try start(from: environment) ?? Date()
    }
}
