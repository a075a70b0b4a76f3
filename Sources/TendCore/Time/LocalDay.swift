import Foundation

/// A calendar day on the local wall clock (proleptic Gregorian), written
/// "YYYY-MM-DD". Firings are keyed by it: a prompt fires at most once per
/// local day.
///
/// The arithmetic is plain integer maths on days since 1970-01-01, so it does
/// not depend on the process's calendar or locale.
public struct LocalDay: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Nil unless the date exists (2026-02-29 does not).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), (1...LocalDay.length(ofMonth: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses "YYYY-MM-DD" strictly.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The day `daysSinceEpoch` days after 1970-01-01 (negative for earlier days).
    public init(daysSinceEpoch days: Int) {
        (year, month, day) = CivilDateTime.civil(fromDays: Int64(days))
    }

    /// The local day that `date` falls on in `timeZone`.
    public init(containing date: Date, in timeZone: Zone) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromUTC(at: date)
        self.init(daysSinceEpoch: LocalDay.floorDivide(seconds, 86_400))
    }

    /// Days since 1970-01-01.
    public var daysSinceEpoch: Int {
        Int(CivilDateTime.daysFromCivil(year: year, month: month, day: day))
    }

    public var weekday: Weekday {
        // 1970-01-01 was a Thursday (raw value 5).
        let index = (LocalDay.floorModulo(daysSinceEpoch, 7) + 4) % 7  // 0 = Sunday
        return Weekday(rawValue: index + 1) ?? .sunday
    }

    public func adding(days: Int) -> LocalDay { LocalDay(daysSinceEpoch: daysSinceEpoch + days) }

    /// "YYYY-MM-DD".
    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    public static func < (lhs: LocalDay, rhs: LocalDay) -> Bool { lhs.daysSinceEpoch < rhs.daysSinceEpoch }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = LocalDay(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "expected YYYY-MM-DD, found \(text)"))
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    private static func length(ofMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func floorDivide(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
    static func floorModulo(_ a: Int, _ b: Int) -> Int { a - floorDivide(a, b) * b }
}
