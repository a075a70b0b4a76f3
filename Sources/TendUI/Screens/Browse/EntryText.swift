import Foundation
import TendCore

/// How an entry reads in the browser: a name column and a line of text,
/// day headings, and "how long ago". All of it plain (not yet terminal-safe
/// where it comes from the journal; `Canvas.write` makes it safe).
enum EntryText {
    /// True for the entries the browser is for: appreciations. The rest are
    /// shown more quietly.
    static func isAppreciation(_ record: Record) -> Bool {
        if case .appreciation = record.payload { return true }
        return false
    }

    /// True for what `s` can send to its person: an appreciation, or a repair that kept words.
    static func isSendable(_ record: Record) -> Bool {
        switch record.payload {
        case .appreciation: return true
        case .repair(let r): return !(r.words ?? "").trimmed().isEmpty
        default: return false
        }
    }

    /// True for an appreciation not sent to its person yet.
    static func isUnsent(_ record: Record) -> Bool {
        if case .appreciation(let a) = record.payload { return a.sent == nil }
        return false
    }

    /// True for what the browser lists: what the person did or wrote, not
    /// reminders that fired or corrections.
    static func isListed(_ record: Record) -> Bool {
        switch record.payload {
        case .checkIn, .pause, .appreciation, .repair, .tally, .meeting, .focus, .reflection, .review, .note: return true
        case .promptFired, .letterRead, .letterHidden, .focusDay, .edit, .delete: return false
        }
    }

    /// The name column: who an appreciation is about, else the kind.
    static func label(of record: Record) -> String {
        if case .appreciation(let a) = record.payload { return a.person }
        return record.kind.label
    }

    /// The rest of the line: the sentence of an appreciation, else a summary
    /// with practices by name.
    static func line(of record: Record, practices: PracticeLibrary) -> String {
        if case .appreciation(let a) = record.payload { return a.text }
        return RecordSummary.text(of: record, practices: practices)
    }

    /// "Today", "Yesterday", or "Sunday 22 November 2026".
    static func heading(day: LocalDay, today: LocalDay) -> String {
        if day == today { return "Today" }
        if day == today.adding(days: -1) { return "Yesterday" }
        return "\(day.weekday.name) \(day.day) \(day.monthName) \(day.year)"
    }

    /// "today", "yesterday", "5 days ago", "3 weeks ago", "4 months ago", "2 years ago".
    static func since(_ day: LocalDay, today: LocalDay) -> String {
        let days = today.daysSinceEpoch - day.daysSinceEpoch
        switch days {
        case ..<1: return "today"
        case 1: return "yesterday"
        case 2..<14: return Plural.count(days, "day") + " ago"
        case 14..<61: return Plural.count(days / 7, "week") + " ago"
        case 61..<730: return Plural.count(days / 30, "month") + " ago"
        default: return Plural.count(days / 365, "year") + " ago"
        }
    }

    /// "1 entry", "1,234 entries".
    static func count(_ n: Int, _ singular: String, _ plural: String) -> String {
        Plural.count(n, singular, plural)
    }

    /// 12345 as "12,345".
    static func grouped(_ n: Int) -> String { Plural.grouped(n) }

    /// "4th", "22nd".
    static func ordinal(_ n: Int) -> String {
        let suffix: String
        switch (n % 10, n % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(n)\(suffix)"
    }
}
