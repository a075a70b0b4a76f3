import Foundation
import TendCore

/// Reads the month the user wants to jump to: `2025-03`, `2025/3`,
/// `march 2025`, `mar`, or a year alone (its last month).
enum MonthJump {
    struct Month: Hashable, Sendable {
        var year: Int
        var month: Int

        /// The month's last day.
        var lastDay: LocalDay {
            LocalDay(year: year, month: month, day: CivilDateTime.daysIn(month: month, year: year))
                ?? LocalDay(daysSinceEpoch: 0)
        }
    }

    /// The month `text` names; a month name alone is the latest one not after `today`.
    static func parse(_ text: String, today: LocalDay) -> Month? {
        let words = text.lowercased().split { $0 == " " || $0 == "-" || $0 == "/" || $0 == "." || $0 == "," }
            .map(String.init)
        var year: Int?, month: Int?
        for word in words {
            if let number = Int(word) {
                if word.count == 4 { year = number } else if (1...12).contains(number), month == nil { month = number } else { return nil }
            } else if let named = monthNumber(word), month == nil {
                month = named
            } else {
                return nil
            }
        }
        switch (year, month) {
        case (let year?, let month?): return Month(year: year, month: month)
        case (let year?, nil): return Month(year: year, month: 12)
        case (nil, let month?): return Month(year: month <= today.month ? today.year : today.year - 1, month: month)
        case (nil, nil): return nil
        }
    }

    /// "January 2025".
    static func name(of month: Month) -> String {
        "\(LocalDay.monthNames[month.month - 1]) \(month.year)"
    }

    /// 3 for "mar" or "march" (three letters at least, in English like
    /// every other word on screen).
    private static func monthNumber(_ word: String) -> Int? {
        guard word.count >= 3 else { return nil }
        return LocalDay.monthNames.firstIndex { $0.lowercased().hasPrefix(word) }.map { $0 + 1 }
    }
}
