import TendCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits a file's bytes into lines with `memchr`, without copying.
public enum LineScanner {
    /// One line: its 1-based number and its byte range (newline excluded).
    struct Line {
        let number: Int
        let start: Int
        let end: Int
    }

    /// Every line of `bytes` that holds something other than whitespace.
    static func lines(in bytes: UnsafeBufferPointer<UInt8>) -> [Line] {
        var result: [Line] = []
        guard let base = bytes.baseAddress else { return result }
        result.reserveCapacity(bytes.count / 180)
        var start = 0
        var number = 1
        while start < bytes.count {
            let end: Int
            if let hit = memchr(base + start, 0x0A, bytes.count - start) {
                end = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
            } else {
                end = bytes.count
            }
            if !isBlank(bytes, start, end) { result.append(Line(number: number, start: start, end: end)) }
            start = end + 1
            number += 1
        }
        return result
    }

    private static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var index = start
        while index < end {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            default: return false
            }
        }
        return true
    }

    /// The value of the first `"id":"…"` in a line, found without parsing and
    /// read in place; nil when the line is shaped differently. Quick, but
    /// only a guess for a line another tool wrote (a repeated or escaped key):
    /// a reader trusts it only for files whose facts say every guess there is
    /// right (`FileFacts.quickIDsAreRight`), and otherwise asks `soleID`.
    public static func quickID(in line: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        let key = quickKey
        guard let base = line.baseAddress, line.count > key.count else { return nil }
        // Tend's own lines start `{"v":1,"id":"`: no search needed.
        var offset = line.count > tendPrefix.count && memcmp(base, tendPrefix, tendPrefix.count) == 0 ? tendPrefix.count - key.count : 0
        while offset + key.count <= line.count {
            guard let hit = memchr(base + offset, 0x22, line.count - offset) else { return nil }
            let position = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
            guard position + key.count <= line.count else { return nil }
            if memcmp(base + position, key, key.count) == 0 {
                let valueStart = position + key.count
                var end = valueStart
                while end < line.count, line[end] != 0x22, line[end] != 0x5C { end += 1 }
                guard end < line.count, line[end] == 0x22 else { return nil }
                return UnsafeBufferPointer(rebasing: line[valueStart..<end])
            }
            offset = position + 1
        }
        return nil
    }

    private static let quickKey: [UInt8] = Array("\"id\":\"".utf8)
    private static let tendPrefix: [UInt8] = Array("{\"v\":1,\"id\":\"".utf8)

    /// The record id of `line`, found without parsing and read in place,
    /// when it is certain: the line holds `"id"` exactly once, as a key whose
    /// value is a plain string. Nil when it is not certain (an escape like
    /// `\u0069d` anywhere, `"id"` twice, as a repeated or nested key or as a
    /// value): then the caller parses the line.
    ///
    /// Certain because inside a JSON string every quote is escaped, so the
    /// four bytes `"id"` can only be a key or a whole string value, and one
    /// that follows `{` or `,` and precedes `:` is a key.
    public static func soleID(in line: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        guard line.count > 8, !SearchFolder.contains(line, unicodeEscape),
              let position = firstIndex(of: idKey, in: line, from: 0),
              firstIndex(of: idKey, in: line, from: position + 1) == nil else { return nil }
        var before = position - 1
        while before >= 0, isSpace(line[before]) { before -= 1 }
        guard before >= 0, line[before] == UInt8(ascii: "{") || line[before] == UInt8(ascii: ",") else { return nil }
        var after = position + 4
        while after < line.count, isSpace(line[after]) { after += 1 }
        guard after + 1 < line.count, line[after] == UInt8(ascii: ":"), line[after + 1] == 0x22 else { return nil }
        var end = after + 2
        while end < line.count, line[end] != 0x22, line[end] != 0x5C { end += 1 }
        guard end < line.count, line[end] == 0x22 else { return nil }
        return UnsafeBufferPointer(rebasing: line[(after + 2)..<end])
    }

    /// Where `needle` (four bytes starting with a quote) first starts in `line` at or after `start`.
    private static func firstIndex(of needle: [UInt8], in line: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = line.baseAddress else { return nil }
        // Anchored on the `d`, which is rarer in JSON than the quote.
        var offset = start + 2
        while offset + 1 < line.count, let hit = memchr(base + offset, 0x64, line.count - offset - 1) {
            let position = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
            if position - 2 >= start, memcmp(base + position - 2, needle, 4) == 0 { return position - 2 }
            offset = position + 1
        }
        return nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }

    private static let idKey: [UInt8] = Array("\"id\"".utf8)
    private static let unicodeEscape: [UInt8] = Array("\\u".utf8)

    /// A 64-bit hash of an id's bytes, for sets of ids kept as numbers.
    public static func idHash(_ utf8: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = StableHash.fnv1a(utf8)
        hash ^= hash >> 33
        hash = hash &* 0xff51_afd7_ed55_8ccd
        return hash ^ (hash >> 33)
    }

    public static func idHash(_ id: RecordID) -> UInt64 {
        var text = id.rawValue
        return text.withUTF8 { idHash($0) }
    }
}
