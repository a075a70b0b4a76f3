import TendCore

extension FlatLine {
    /// Files the value of each known key of `line` in `storage` (the last
    /// one when a key repeats; unknown keys are checked and passed over).
    /// Returns false when `line` is not a flat object this reader takes:
    /// nesting, whitespace between tokens, escapes, exponents, long numbers,
    /// and everything that is not valid JSON or valid UTF-8. Trailing
    /// whitespace (a CRLF's `\r`) is fine.
    static func scan(_ line: UnsafeBufferPointer<UInt8>, into storage: UnsafeMutableBufferPointer<Value>) -> Bool {
        var end = line.count
        while end > 0, line[end - 1] == 0x20 || line[end - 1] == 0x09 || line[end - 1] == 0x0D { end -= 1 }
        // Offsets are kept as Int32; a longer line (over 2 GB) is left to the full parser.
        guard end >= 2, end <= Int32.max, line[0] == UInt8(ascii: "{"), line[end - 1] == UInt8(ascii: "}") else { return false }
        let last = end - 1
        var index = 1
        if index == last { return true }
        while true {
            guard line[index] == UInt8(ascii: "\""), let keyEnd = stringEnd(line, from: index + 1, before: last) else { return false }
            guard keyEnd + 1 < last, line[keyEnd + 1] == UInt8(ascii: ":") else { return false }
            let valueStart = keyEnd + 2
            guard valueStart < last, let valueEnd = valueEnd(line, from: valueStart, before: last) else { return false }
            if let key = FieldKey(utf8: UnsafeBufferPointer(rebasing: line[index + 1..<keyEnd])) {
                storage[Int(key.rawValue)] = Value(start: Int32(truncatingIfNeeded: valueStart), end: Int32(truncatingIfNeeded: valueEnd))
            }
            if valueEnd == last { return true }
            guard line[valueEnd] == UInt8(ascii: ","), valueEnd + 1 < last else { return false }
            index = valueEnd + 1
        }
    }

    /// The index of the quote that closes the string whose text starts at
    /// `start`, or nil when it holds an escape or a control character, is
    /// not valid UTF-8, or is not closed before `limit`.
    private static func stringEnd(_ line: UnsafeBufferPointer<UInt8>, from start: Int, before limit: Int) -> Int? {
        guard let base = line.baseAddress else { return nil }
        var index = start
        var high: UInt64 = 0
        // Texts are most of a line: skip eight plain bytes at a time.
        while index + 8 <= limit {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            if mayHoldSpecialByte(word) { break }
            high |= word
            index += 8
        }
        while index < limit {
            let byte = line[index]
            if byte == UInt8(ascii: "\"") {
                if high & 0x8080_8080_8080_8080 != 0, !isValidUTF8(line, from: start, to: index) { return nil }
                return index
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
            high |= UInt64(byte)
            index += 1
        }
        return nil
    }

    /// False when none of the eight bytes of `word` is a quote, a backslash
    /// or a control character (the usual bit tricks for a zero byte).
    private static func mayHoldSpecialByte(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let found = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((word &- ones &* 0x20) & ~word)
        return found & 0x8080_8080_8080_8080 != 0
    }

    /// The index just after the value starting at `start`.
    private static func valueEnd(_ line: UnsafeBufferPointer<UInt8>, from start: Int, before limit: Int) -> Int? {
        switch line[start] {
        case UInt8(ascii: "\""):
            return stringEnd(line, from: start + 1, before: limit).map { $0 + 1 }
        case UInt8(ascii: "t"): return literal("true", in: line, at: start, before: limit)
        case UInt8(ascii: "f"): return literal("false", in: line, at: start, before: limit)
        case UInt8(ascii: "n"): return literal("null", in: line, at: start, before: limit)
        default: return numberEnd(line, from: start, before: limit)
        }
    }

    private static func literal(_ word: StaticString, in line: UnsafeBufferPointer<UInt8>, at start: Int, before limit: Int) -> Int? {
        let count = word.utf8CodeUnitCount
        guard start + count <= limit else { return nil }
        for offset in 0..<count where line[start + offset] != word.utf8Start[offset] { return nil }
        return start + count
    }

    /// A JSON number: at most 18 digits when whole, 15 when it has a
    /// fraction (see `FlatLine.number`). An exponent is left to the caller,
    /// which refuses whatever follows a value but a comma or the end.
    private static func numberEnd(_ line: UnsafeBufferPointer<UInt8>, from start: Int, before limit: Int) -> Int? {
        var index = start
        if line[index] == UInt8(ascii: "-") { index += 1 }
        let digitsStart = index
        while index < limit, line[index] &- 0x30 < 10 { index += 1 }
        let whole = index - digitsStart
        guard whole > 0, whole == 1 || line[digitsStart] != 0x30 else { return nil }
        guard index < limit, line[index] == UInt8(ascii: ".") else { return whole <= 18 ? index : nil }
        index += 1
        let fractionStart = index
        while index < limit, line[index] &- 0x30 < 10 { index += 1 }
        let fraction = index - fractionStart
        return fraction > 0 && whole + fraction <= 15 ? index : nil
    }

    /// True when `line[start..<end]` is well-formed UTF-8 (the Unicode
    /// standard's table 3-7, which `String(validating:)` also follows).
    static func isValidUTF8(_ line: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var index = start
        while index < end {
            let lead = line[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return false
            }
            guard index + length <= end, (low...high).contains(line[index + 1]) else { return false }
            for offset in 2..<length where line[index + offset] & 0xC0 != 0x80 { return false }
            index += length
        }
        return true
    }
}
