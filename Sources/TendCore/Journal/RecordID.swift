/// A record's unique id: its local time and twelve random hex digits,
/// `20261123-213005-7f3a9c04b1e2`. Sortable by time, easy to grep, unique
/// across machines without coordination (48 random bits per second, so even
/// thousands of records in one second do not collide).
public struct RecordID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: String

    /// Accepts ids written by other tools too: 1–64 characters from
    /// `A–Z a–z 0–9 . _ : -`.
    public init?(_ rawValue: String) {
        var text = rawValue
        guard text.withUTF8(Self.isValid) else { return nil }
        self.rawValue = text
    }

    /// Like `init?(_:)`, from UTF-8 bytes (a journal line read in place).
    init?(utf8: UnsafeBufferPointer<UInt8>) {
        guard Self.isValid(utf8) else { return nil }
        rawValue = String(decoding: utf8, as: UTF8.self)
    }

    /// A new id for a record made at `time`, with `random` supplying the suffix.
    public static func make(at time: LocalTime, using random: inout some RandomNumberGenerator) -> RecordID {
        let l = time.local
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let suffix = String(random.next(upperBound: UInt64(1) << 48), radix: 16)
        let hex = String(repeating: "0", count: 12 - suffix.count) + suffix
        let stamp = "\(l.year)\(two(l.month))\(two(l.day))-\(two(l.hour))\(two(l.minute))\(two(l.second))"
        // The characters are all allowed, so this cannot fail.
        return RecordID(unchecked: "\(stamp)-\(hex)")
    }

    /// A new id for a record made at `time`.
    public static func make(at time: LocalTime) -> RecordID {
        var generator = SystemRandomNumberGenerator()
        return make(at: time, using: &generator)
    }

    private init(unchecked rawValue: String) {
        self.rawValue = rawValue
    }

    public var description: String { rawValue }

    public static func < (lhs: RecordID, rhs: RecordID) -> Bool { lhs.rawValue < rhs.rawValue }

    private static func isValid(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard (1...64).contains(utf8.count) else { return false }
        for byte in utf8 where !isAllowed(byte) { return false }
        return true
    }

    private static func isAllowed(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, UInt8(ascii: "."), UInt8(ascii: "_"),
             UInt8(ascii: ":"), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }
}
