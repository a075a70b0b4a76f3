import TendCore

/// A journal line read in place: one flat JSON object (no nesting, no
/// whitespace, no escapes, plain numbers), which is how Tend writes every
/// record but edits. Each known key's value is filed by its `FieldKey` as a
/// byte range of the line, and read only when a record asks for it, so
/// reading a record builds only the Strings it keeps.
///
/// `scan` accepts only lines the full parser (`JSONLineParser`) accepts and
/// gives every value the same meaning; anything else is left to that parser.
struct FlatLine {
    /// Where a field's value is in the line. A value never starts a line,
    /// so `start` 0 means the line has no such field.
    struct Value {
        var start: Int32
        var end: Int32
    }

    let bytes: UnsafeBufferPointer<UInt8>
    /// One slot per `FieldKey`, by its number.
    let values: UnsafeBufferPointer<Value>

    /// Calls `body` with `line` read in place, or with nil when the line is
    /// not flat (then the caller parses it fully).
    static func withScanned<R>(_ line: UnsafeBufferPointer<UInt8>, _ body: (FlatLine?) throws(RecordError) -> R) throws(RecordError) -> R {
        try withUnsafeTemporaryAllocation(of: Value.self, capacity: FieldKey.count) { (storage) throws(RecordError) -> R in
            storage.initialize(repeating: Value(start: 0, end: 0))
            guard scan(line, into: storage) else { return try body(nil) }
            return try body(FlatLine(bytes: line, values: UnsafeBufferPointer(storage)))
        }
    }

    /// The value of `key` (the last one when a key repeats, as in `JSONObject`).
    func value(_ key: FieldKey) -> FieldValue? {
        let slot = values[Int(key.rawValue)]
        guard slot.start != 0 else { return nil }
        let start = Int(slot.start), end = Int(slot.end)
        switch bytes[start] {
        case UInt8(ascii: "\""): return .string(String(decoding: UnsafeBufferPointer(rebasing: bytes[start + 1..<end - 1]), as: UTF8.self))
        case UInt8(ascii: "t"): return .bool(true)
        case UInt8(ascii: "f"): return .bool(false)
        case UInt8(ascii: "n"): return .null
        default: return Self.number(UnsafeBufferPointer(rebasing: bytes[start..<end]))
        }
    }

    /// The bytes of the string at `key` (without quotes); nil when the key is
    /// missing or not a string.
    func stringBytes(_ key: FieldKey) -> UnsafeBufferPointer<UInt8>? {
        let slot = values[Int(key.rawValue)]
        guard slot.start != 0, bytes[Int(slot.start)] == UInt8(ascii: "\"") else { return nil }
        return UnsafeBufferPointer(rebasing: bytes[Int(slot.start) + 1..<Int(slot.end) - 1])
    }

    /// A number `scan` accepted: an integer of at most 18 digits, or a
    /// decimal of at most 15 digits, which is exact as digits / 10^k (the
    /// same Double that `Double(String)` gives).
    private static func number(_ text: UnsafeBufferPointer<UInt8>) -> FieldValue {
        var index = 0
        let negative = text[0] == UInt8(ascii: "-")
        if negative { index = 1 }
        var digits: Int64 = 0
        var fractionDigits = 0
        var inFraction = false
        while index < text.count {
            let byte = text[index]
            if byte == UInt8(ascii: ".") {
                inFraction = true
            } else {
                digits = digits * 10 + Int64(byte - 0x30)
                if inFraction { fractionDigits += 1 }
            }
            index += 1
        }
        if !inFraction { return .int(Int(negative ? -digits : digits)) }
        let value = Double(digits) / powersOfTen[fractionDigits]
        // No -0.0, as in `JSONLineParser`.
        return .double(negative && value != 0 ? -value : value)
    }

    private static let powersOfTen: [Double] = (0...15).map { power in
        var value = 1.0
        for _ in 0..<power { value *= 10 }
        return value
    }
}
