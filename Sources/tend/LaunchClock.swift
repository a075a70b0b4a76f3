import ArgumentParser
import Foundation

/// `TEND_NOW=2026-03-29T07:29:55` (local time) starts the wall clock at that
/// instant; it then runs forward. Used by tests and demos.
enum LaunchClock {
    static func start(from environment: [String: String]) throws -> Date? {
        guard let text = environment["TEND_NOW"], !text.isEmpty else { return nil }
        let numbers = text.split(whereSeparator: { "-T:".contains($0) }).map { Int($0) }
        guard numbers.count == 6, !numbers.contains(nil) else {
            throw ValidationError("TEND_NOW must look like 2026-03-29T07:29:55 (local time); it was \(text).")
        }
        var parts = DateComponents()
        (parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second) =
            (numbers[0], numbers[1], numbers[2], numbers[3], numbers[4], numbers[5])
        guard let date = Calendar.current.date(from: parts) else {
            throw ValidationError("TEND_NOW is not a real local time: \(text).")
        }
        return date
    }
}
