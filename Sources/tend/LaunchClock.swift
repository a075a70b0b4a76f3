import ArgumentParser
import Foundation
import TendCore

/// `TEND_NOW=2026-03-29T07:29:55` (local time) starts the wall clock at that
/// instant; it then runs forward. Used by tests and demos.
enum LaunchClock {
    static func start(from environment: [String: String]) throws -> Date? {
        guard environment[WallClockOverride.variable].map({ !$0.isEmpty }) == true else { return nil }
        switch WallClockOverride.now(environment: environment, timeZone: .current, fallback: Date()) {
        case .success(let date): return date
        case .failure(let error): throw ValidationError("\(error)")
        }
    }
}
