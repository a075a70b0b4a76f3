/// A wall-clock time of day, to the minute, as the config writes it: "07:30".
public struct TimeOfDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// 0...23.
    public let hour: Int
    /// 0...59.
    public let minute: Int

    /// Nil unless `hour` is 0...23 and `minute` 0...59.
    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// Parses "HH:MM" strictly: two digits, a colon, two digits, 00:00 to 23:59.
    /// "7:30", "07:30:00", "24:00" and " 07:30" are all rejected.
    public init?(parsing text: String) {
        let digits = Array(text.utf8)
        guard digits.count == 5, digits[2] == UInt8(ascii: ":") else { return nil }
        func value(_ a: UInt8, _ b: UInt8) -> Int? {
            let zero = UInt8(ascii: "0"), nine = UInt8(ascii: "9")
            guard (zero...nine).contains(a), (zero...nine).contains(b) else { return nil }
            return Int(a - zero) * 10 + Int(b - zero)
        }
        guard let hour = value(digits[0], digits[1]), let minute = value(digits[3], digits[4]) else { return nil }
        self.init(hour: hour, minute: minute)
    }

    /// Minutes since midnight: 0...1439.
    public var minutesSinceMidnight: Int { hour * 60 + minute }

    /// "HH:MM", the form the config uses.
    public var description: String {
        (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
    }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool {
        lhs.minutesSinceMidnight < rhs.minutesSinceMidnight
    }
}
