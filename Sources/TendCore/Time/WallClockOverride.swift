import Foundation

/// Reads `TEND_NOW`, which pins "now" for demos and end-to-end tests.
///
/// The value is a local wall-clock time, `2026-03-29T07:29:55` (seconds
/// optional), read in the given time zone; a reading that does not exist that
/// day moves to the end of the gap, one that happens twice means the first.
/// A trailing `Z` or `+02:00` / `-05:00` pins the offset instead, which is the
/// only way to name the second pass through a repeated hour.
public enum WallClockOverride {
    /// The environment variable's name.
    public static let variable = "TEND_NOW"

    /// The instant `text` names in `timeZone`, or nil if it is not of the form above.
    public static func parse(_ text: String, timeZone: Zone) -> Date? {
        var rest = Substring(text)
        var offset: Int?
        if rest.hasSuffix("Z") {
            offset = 0
            rest = rest.dropLast()
        } else if rest.count > 6 {
            let tail = rest.suffix(6)
            if let sign = tail.first, sign == "+" || sign == "-", let time = TimeOfDay(parsing: String(tail.dropFirst())) {
                offset = (sign == "-" ? -1 : 1) * time.minutesSinceMidnight * 60
                rest = rest.dropLast(6)
            }
        }
        let halves = rest.split(separator: "T", omittingEmptySubsequences: false)
        guard halves.count == 2, let day = LocalDay(parsing: String(halves[0])) else { return nil }
        let clock = halves[1]
        let time: TimeOfDay?
        var seconds = 0
        switch clock.count {
        case 5:
            time = TimeOfDay(parsing: String(clock))
        case 8:
            time = TimeOfDay(parsing: String(clock.prefix(5)))
            let secondsText = clock.dropFirst(5)
            guard secondsText.first == ":", let value = Int(secondsText.dropFirst()),
                  secondsText.dropFirst().allSatisfy(\.isASCII), (0...59).contains(value) else { return nil }
            seconds = value
        default:
            return nil
        }
        guard let time else { return nil }
        let reading = WallClockReading(day: day, secondsSinceMidnight: time.minutesSinceMidnight * 60 + seconds)
        if let offset {
            return Date(timeIntervalSince1970: TimeInterval(reading.wallSeconds - offset))
        }
        return reading.resolved(in: timeZone)
    }

    /// What to use as "now": the override when `TEND_NOW` is set, else `fallback`.
    /// An unreadable value is reported as `.failure` with the text, so the caller can say so.
    public static func now(
        environment: [String: String], timeZone: Zone, fallback: Date
    ) -> Result<Date, WallClockOverrideError> {
        guard let text = environment[variable], !text.isEmpty else { return .success(fallback) }
        guard let date = parse(text, timeZone: timeZone) else { return .failure(WallClockOverrideError(value: text)) }
        return .success(date)
    }
}
