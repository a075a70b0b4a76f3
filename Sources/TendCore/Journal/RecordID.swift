/// A record's unique id: its local time and twelve random hex digits,
/// `20261123-213005-7f3a9c04b1e2`. Sortable by time, easy to grep, unique
/// across machines without coordination (48 random bits per second, so even
/// thousands of records in one second do not collide).
public struct RecordID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Ids shaped like Tend's own are kept as two numbers (`PackedRecordID`):
    /// a journal holds one per record, and a String each cost an allocation
    /// and a slow hash. Every other id keeps its text.
    private enum Storage: Hashable, Sendable {
        case packed(PackedRecordID)
        case text(String)
    }

    private let storage: Storage

    /// Accepts ids written by other tools too: 1–64 characters from
    /// `A–Z a–z 0–9 . _ : -`.
    public init?(_ rawValue: String) {
        var text = rawValue
        guard let id = text.withUTF8({ RecordID(utf8: $0) }) else { return nil }
        self = id
    }

    /// Like `init?(_:)`, from UTF-8 bytes (a journal line read in place).
    public init?(utf8: UnsafeBufferPointer<UInt8>) {
        if let packed = PackedRecordID(utf8) {
            storage = .packed(packed)
            return
        }
        guard (1...64).contains(utf8.count) else { return nil }
        for byte in utf8 where !Self.isAllowed(byte) { return nil }
        storage = .text(String(decoding: utf8, as: UTF8.self))
    }

    package init(packed: PackedRecordID) {
        storage = .packed(packed)
    }

    /// The two words of a Tend-shaped id.
    package var packed: PackedRecordID? {
        if case .packed(let packed) = storage { return packed }
        return nil
    }

    /// The id as written.
    public var rawValue: String {
        switch storage {
        case .packed(let packed): return packed.text
        case .text(let text): return text
        }
    }

    /// A new id for a record made at `time`, with `random` supplying the suffix.
    public static func make(at time: LocalTime, using random: inout some RandomNumberGenerator) -> RecordID {
        let l = time.local
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let suffix = String(random.next(upperBound: UInt64(1) << 48), radix: 16)
        let hex = String(repeating: "0", count: 12 - suffix.count) + suffix
        let stamp = "\(l.year)\(two(l.month))\(two(l.day))-\(two(l.hour))\(two(l.minute))\(two(l.second))"
        // The characters are all allowed, so this cannot fail.
        return RecordID("\(stamp)-\(hex)") ?? RecordID(storage: .text("\(stamp)-\(hex)"))
    }

    /// A new id for a record made at `time`.
    public static func make(at time: LocalTime) -> RecordID {
        var generator = SystemRandomNumberGenerator()
        return make(at: time, using: &generator)
    }

    private init(storage: Storage) {
        self.storage = storage
    }

    public var description: String { rawValue }

    /// A hash for `RecordIDIndex`: a multiply for packed ids, SipHash for the rest.
    package var indexHash: Int {
        switch storage {
        case .packed(let packed): return packed.hash
        case .text(let text): return text.hashValue
        }
    }

    /// The order of the text, which packing keeps.
    public static func < (lhs: RecordID, rhs: RecordID) -> Bool {
        if case .packed(let left) = lhs.storage, case .packed(let right) = rhs.storage { return left < right }
        return lhs.rawValue < rhs.rawValue
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
