import Foundation
import TendCore

/// Times as other journals write them, made into Tend's local times.
enum ForeignTime {
    /// `21:30`, `21:30:05`, `9:30 PM`, `9:30pm`, `12:05 AM`: seconds since midnight.
    static func secondsSinceMidnight(_ text: String) -> Int? {
        var rest = text.trimmed().lowercased()
        var meridiem: String? = nil
        for suffix in ["am", "pm", "a.m.", "p.m."] where rest.hasSuffix(suffix) {
            meridiem = String(suffix.prefix(1))
            rest = String(rest.dropLast(suffix.count)).trimmed()
            break
        }
        let parts = rest.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCII) }),
              var hour = Int(parts[0]), let minute = Int(parts[1]), (0..<60).contains(minute) else { return nil }
        let second = parts.count == 3 ? Int(parts[2]) : 0
        guard let second, (0..<60).contains(second) else { return nil }
        if let meridiem {
            guard (1...12).contains(hour) else { return nil }
            hour = hour % 12 + (meridiem == "p" ? 12 : 0)
        }
        guard (0..<24).contains(hour) else { return nil }
        return hour * 3600 + minute * 60 + second
    }

    /// The moment the wall clock of `timeZone` showed that day and time
    /// (the first of two in an hour that repeats, just after a skipped one).
    static func local(day: LocalDay, seconds: Int, in timeZone: Zone) -> LocalTime {
        let date = WallClockReading(day: day, secondsSinceMidnight: seconds).resolved(in: timeZone)
        return localTime(date, in: timeZone)
    }

    /// `date` in `timeZone`, its offset in whole minutes: before standard
    /// time, zones ran on local mean time (Berlin's was +00:53:28), which a
    /// journal's `+HH:MM` cannot say, and the record would not read back.
    static func localTime(_ date: Date, in timeZone: Zone) -> LocalTime {
        let exact = LocalTime(date, in: timeZone)
        return LocalTime(secondsSince1970: exact.secondsSince1970, utcOffsetSeconds: exact.utcOffsetSeconds / 60 * 60)
    }

    /// `2026-11-23`, `2026/11/23`, `2026-11-23 21:30`, `2026-11-23T21:30:05`,
    /// or a full time with its offset: the day and, when given, the time.
    static func dateAndTime(_ text: String, in timeZone: Zone) -> LocalTime? {
        let trimmed = text.trimmed()
        if let exact = LocalTime(iso8601: trimmed) { return localTime(exact.date, in: timeZone) }
        let normalized = trimmed.replacingText("/", with: "-")
        let dayText = String(normalized.prefix(10))
        guard let day = LocalDay(parsing: dayText) else { return nil }
        let rest = normalized.dropFirst(10).drop { $0 == "T" || $0 == " " }
        guard !rest.isEmpty else { return local(day: day, seconds: 0, in: timeZone) }
        guard let seconds = secondsSinceMidnight(String(rest)) else { return nil }
        return local(day: day, seconds: seconds, in: timeZone)
    }
}
