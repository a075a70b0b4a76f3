import Foundation

/// A wall-clock reading without a zone: a local day and a time to the second.
/// It becomes an instant only in a time zone, where it may happen once, twice
/// (the hour repeated when clocks go back) or never (the hour skipped when
/// clocks go forward).
public struct WallClockReading: Hashable, Sendable, CustomStringConvertible {
    public var day: LocalDay
    /// 0..<86_400.
    public var secondsSinceMidnight: Int

    public init(day: LocalDay, secondsSinceMidnight: Int) {
        self.day = day
        self.secondsSinceMidnight = secondsSinceMidnight
    }

    public init(day: LocalDay, time: TimeOfDay) {
        self.init(day: day, secondsSinceMidnight: time.minutesSinceMidnight * 60)
    }

    /// The wall-clock reading of `date` in `timeZone`.
    public init(_ date: Date, in timeZone: Zone) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromUTC(at: date)
        let days = LocalDay.floorDivide(seconds, 86_400)
        self.init(day: LocalDay(daysSinceEpoch: days), secondsSinceMidnight: seconds - days * 86_400)
    }

    /// Seconds since 1970-01-01T00:00 on the wall clock, as if the zone were UTC.
    var wallSeconds: Int { day.daysSinceEpoch * 86_400 + secondsSinceMidnight }

    /// Every instant at which the wall clock of `timeZone` shows this reading,
    /// earliest first: usually one, two inside an hour that repeats, none
    /// inside an hour that is skipped.
    public func occurrences(in timeZone: Zone) -> [Date] {
        let wall = wallSeconds
        var offsets = Set<Int>()
        for probe in stride(from: wall - 3 * 43_200, through: wall + 3 * 43_200, by: 43_200) {
            offsets.insert(timeZone.secondsFromUTC(at: Date(timeIntervalSince1970: TimeInterval(probe))))
        }
        let instants = offsets.map { wall - $0 }.filter { instant in
            timeZone.secondsFromUTC(at: Date(timeIntervalSince1970: TimeInterval(instant))) == wall - instant
        }
        return Set(instants).sorted().map { Date(timeIntervalSince1970: TimeInterval($0)) }
    }

    /// The one instant to use for this reading: the first occurrence when it
    /// happens twice; when it falls in a skipped stretch, the first instant
    /// after the gap (02:30 on the night clocks jump from 02:00 to 03:00
    /// resolves to 03:00).
    public func resolved(in timeZone: Zone) -> Date {
        if let first = occurrences(in: timeZone).first { return first }
        // In a gap: the wall reading falls between two offsets. Search for the
        // transition instant between the two candidate instants.
        let wall = wallSeconds
        let before = timeZone.secondsFromUTC(at: Date(timeIntervalSince1970: TimeInterval(wall - 86_400)))
        let after = timeZone.secondsFromUTC(at: Date(timeIntervalSince1970: TimeInterval(wall + 86_400)))
        var low = wall - max(before, after)   // still on the old offset
        var high = wall - min(before, after)  // already on the new offset
        let oldOffset = timeZone.secondsFromUTC(at: Date(timeIntervalSince1970: TimeInterval(low)))
        guard low < high else { return Date(timeIntervalSince1970: TimeInterval(wall - before)) }
        while high - low > 1 {
            let middle = low + (high - low) / 2
            if timeZone.secondsFromUTC(at: Date(timeIntervalSince1970: TimeInterval(middle))) == oldOffset {
                low = middle
            } else {
                high = middle
            }
        }
        return Date(timeIntervalSince1970: TimeInterval(high))
    }

    /// "YYYY-MM-DDTHH:MM:SS".
    public var description: String {
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let s = secondsSinceMidnight
        return "\(day)T\(pad(s / 3600)):\(pad(s / 60 % 60)):\(pad(s % 60))"
    }
}
