/// A journal line read in place: one flat JSON object (no nesting, no
/// whitespace, no escapes, plain numbers), which is how Tend writes every
/// record but edits. Keys and values stay byte ranges of the line until a
/// field is asked for, so reading a record builds only the Strings it keeps.
///
/// `scan` accepts only lines the full parser (`JSONLineParser`) accepts and
/// gives every value the same meaning; anything else is left to that parser.
struct FlatLine {
    /// One member: where its key and value are in the line.
    struct Member {
        var keyStart: Int32
        var keyEnd: Int32
        var valueStart: Int32
        var valueEnd: Int32
    }

    /// The most members a flat line may have (a record has at most ten).
    static let capacity = 16

    let bytes: UnsafeBufferPointer<UInt8>
    let members: UnsafeBufferPointer<Member>

    /// Calls `body` with `line` read in place, or with nil when the line is
    /// not flat (then the caller parses it fully).
    static func withScanned<R>(_ line: UnsafeBufferPointer<UInt8>, _ body: (FlatLine?) throws(RecordError) -> R) throws(RecordError) -> R {
        try withUnsafeTemporaryAllocation(of: Member.self, capacity: capacity) { (storage) throws(RecordError) -> R in
            guard let count = scan(line, into: storage) else { return try body(nil) }
            return try body(FlatLine(bytes: line, members: UnsafeBufferPointer(rebasing: storage[..<count])))
        }
    }

    /// The value of `key` (the last one when a key repeats, as in `JSONObject`).
    func value(_ key: StaticString) -> FieldValue? {
        guard let member = member(key) else { return nil }
        let start = Int(member.valueStart), end = Int(member.valueEnd)
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
    func stringBytes(_ key: StaticString) -> UnsafeBufferPointer<UInt8>? {
        guard let member = member(key), bytes[Int(member.valueStart)] == UInt8(ascii: "\"") else { return nil }
        return UnsafeBufferPointer(rebasing: bytes[Int(member.valueStart) + 1..<Int(member.valueEnd) - 1])
    }

    private func member(_ key: StaticString) -> Member? {
        let count = key.utf8CodeUnitCount
        let wanted = key.utf8Start
        for member in members.reversed() where Int(member.keyEnd - member.keyStart) == count {
            var same = true
            for offset in 0..<count where bytes[Int(member.keyStart) + offset] != wanted[offset] {
                same = false
                break
            }
            if same { return member }
        }
        return nil
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
        return .double(negative ? -value : value)
    }

    private static let powersOfTen: [Double] = (0...15).map { power in
        var value = 1.0
        for _ in 0..<power { value *= 10 }
        return value
    }
}
