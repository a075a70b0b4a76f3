import Foundation

/// A moment as the person lived it: the instant plus the UTC offset of the
/// place they were, written `2026-11-23T21:30:05+01:00`. Seconds precision.
///
/// Ordering and equality compare the instant first, so two records from
/// machines in different time zones sort by when they really happened.
public struct LocalTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z.
    public var secondsSince1970: Int64
    /// Seconds east of UTC (`+01:00` is 3600).
    public var utcOffsetSeconds: Int

    public init(secondsSince1970: Int64, utcOffsetSeconds: Int) {
        self.secondsSince1970 = secondsSince1970
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    /// The moment `date` in `timeZone` (whole seconds, rounded down).
    public init(_ date: Date, in timeZone: Zone) {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        self.init(secondsSince1970: seconds, utcOffsetSeconds: timeZone.secondsFromUTC(at: date))
    }

    /// The instant as a `Date`.
    public var date: Date { Date(timeIntervalSince1970: TimeInterval(secondsSince1970)) }

    /// The local calendar fields at this moment.
    public var local: CivilDateTime {
        CivilDateTime(secondsSinceEpochLocal: secondsSince1970 + Int64(utcOffsetSeconds))
    }

    /// `2026-11-23T21:30:05+01:00`.
    public var iso8601: String {
        let l = local
        let offset = abs(utcOffsetSeconds)
        var text = ""
        text.reserveCapacity(25)
        text += pad(l.year, 4)
        text += "-"
        text += pad(l.month)
        text += "-"
        text += pad(l.day)
        text += "T"
        text += pad(l.hour)
        text += ":"
        text += pad(l.minute)
        text += ":"
        text += pad(l.second)
        text += utcOffsetSeconds < 0 ? "-" : "+"
        text += pad(offset / 3600)
        text += ":"
        text += pad(offset % 3600 / 60)
        return text
    }

    public var description: String { iso8601 }

    /// The local day of the week, 0 for Sunday to 6 for Saturday.
    public var weekday: Int {
        let localSeconds = secondsSince1970 + Int64(utcOffsetSeconds)
        let days = localSeconds >= 0 ? localSeconds / 86_400 : (localSeconds - 86_399) / 86_400
        return Int(((days + 4) % 7 + 7) % 7) // 1970-01-01 was a Thursday
    }

    /// "Mon", "Tue", … for the local day.
    public var weekdayAbbreviation: String {
        Weekday(rawValue: weekday + 1)?.abbreviation ?? ""
    }

    /// Reads `YYYY-MM-DDTHH:MM:SS` followed by `Z` or `±HH:MM` (also `±HHMM`);
    /// fractional seconds are accepted and dropped. Nil for anything else.
    public init?(iso8601 text: String) {
        var text = text
        guard let time = text.withUTF8({ LocalTime(iso8601: $0) }) else { return nil }
        self = time
    }

    /// Like `init?(iso8601:)`, from UTF-8 bytes (a journal line read in place).
    package init?(iso8601 utf8: UnsafeBufferPointer<UInt8>) {
        guard utf8.count >= 20, utf8[4] == 0x2D, utf8[7] == 0x2D, utf8[10] == 0x54 || utf8[10] == 0x20,
              utf8[13] == 0x3A, utf8[16] == 0x3A else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                let digit = utf8[i] &- 0x30
                guard digit < 10 else { return nil }
                value = value &* 10 &+ Int(digit)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
              (1...12).contains(month), (1...CivilDateTime.daysIn(month: month, year: year)).contains(day),
              hour < 24, minute < 60, second < 61 else { return nil }
        var rest = 19
        if utf8[rest] == 0x2E { // fraction
            rest += 1
            while rest < utf8.count, (0x30...0x39).contains(utf8[rest]) { rest += 1 }
        }
        guard rest < utf8.count else { return nil }
        let offset: Int
        if utf8[rest] == UInt8(ascii: "Z") || utf8[rest] == UInt8(ascii: "z") {
            guard rest + 1 == utf8.count else { return nil }
            offset = 0
        } else {
            let sign: Int
            switch utf8[rest] {
            case UInt8(ascii: "+"): sign = 1
            case UInt8(ascii: "-"): sign = -1
            default: return nil
            }
            // Accept ±HH:MM and ±HHMM.
            let minutesStart: Int
            switch utf8.count - rest {
            case 6 where utf8[rest + 3] == 0x3A: minutesStart = rest + 4
            case 5: minutesStart = rest + 3
            default: return nil
            }
            guard let hours = number(rest + 1..<rest + 3), let minutes = number(minutesStart..<minutesStart + 2),
                  hours <= 18, minutes < 60 else { return nil }
            offset = sign * (hours * 3600 + minutes * 60)
        }
        let days = CivilDateTime.daysFromCivil(year: year, month: month, day: day)
        let localSeconds = days * 86_400 + Int64(hour * 3600 + minute * 60 + min(second, 59))
        self.init(secondsSince1970: localSeconds - Int64(offset), utcOffsetSeconds: offset)
    }

    public static func < (lhs: LocalTime, rhs: LocalTime) -> Bool {
        if lhs.secondsSince1970 != rhs.secondsSince1970 { return lhs.secondsSince1970 < rhs.secondsSince1970 }
        return lhs.utcOffsetSeconds < rhs.utcOffsetSeconds
    }

    private func pad(_ value: Int, _ width: Int = 2) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
