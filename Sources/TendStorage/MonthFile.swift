import Foundation
import TendCore

/// One month of the journal: `2026/2026-11.jsonl` inside the data folder.
/// A record lives in the file of its own local month.
public struct MonthFile: Hashable, Comparable, Sendable {
    public let year: Int
    public let month: Int

    public init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    /// The month a record made at `time` belongs to.
    public init(_ time: LocalTime) {
        let local = time.local
        self.init(year: local.year, month: local.month)
    }

    /// Reads `2026-11` (a `.jsonl` file's base name); nil for anything else.
    public init?(name: String) {
        let parts = name.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month) else { return nil }
        self.init(year: year, month: month)
    }

    /// `2026-11` (the year always in four digits, `0999-12`).
    public var name: String { "\(year4)-\(month < 10 ? "0" : "")\(month)" }

    /// The year as its folder is named: four digits.
    var year4: String {
        let digits = String(year)
        return digits.count >= 4 ? digits : String(repeating: "0", count: 4 - digits.count) + digits
    }

    /// `2026/2026-11.jsonl`.
    public var relativePath: String { "\(year4)/\(name).jsonl" }

    /// The year folder inside `directory`.
    public func folder(in directory: String) -> String { "\(directory)/\(year4)" }

    /// The full path inside `directory`.
    public func path(in directory: String) -> String { "\(directory)/\(relativePath)" }

    /// The month before this one.
    public var previous: MonthFile { month == 1 ? MonthFile(year: year - 1, month: 12) : MonthFile(year: year, month: month - 1) }

    /// Local midnight on the first day, as seconds on the local wall clock.
    var startLocalSeconds: Int64 { CivilDateTime.daysFromCivil(year: year, month: month, day: 1) * 86_400 }

    public static func < (lhs: MonthFile, rhs: MonthFile) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }
}
