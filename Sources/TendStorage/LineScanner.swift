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

    /// The record id of `line`, found without parsing and read in place,
    /// when it is certain: the line's only `"id"` key, written plainly.
    /// Nil when it is not certain (an escape anywhere, a repeated or nested
    /// `"id"` key, spaces): then the caller parses the line.
    ///
    /// Certain because `"id"` can only stand as a key: inside a JSON string
    /// every quote is escaped, and a key follows `{` or `,` and precedes `:`.
    public static func soleID(in line: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        guard let base = line.baseAddress, line.count > 8 else { return nil }
        // `\u0069d` is also the key "id": lines with such escapes are parsed.
        if SearchFolder.contains(line, unicodeEscape) { return nil }
        var found: UnsafeBufferPointer<UInt8>? = nil
        var offset = 0
        while offset + 4 <= line.count, let hit = memchr(base + offset, 0x22, line.count - offset - 3) {
            let position = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
            offset = position + 1
            guard memcmp(base + position, idKey, 4) == 0 else { continue }
            var before = position - 1
            while before >= 0, isSpace(line[before]) { before -= 1 }
            guard before >= 0, line[before] == UInt8(ascii: "{") || line[before] == UInt8(ascii: ",") else { continue }
            var after = position + 4
            while after < line.count, isSpace(line[after]) { after += 1 }
            guard after < line.count, line[after] == UInt8(ascii: ":") else { continue }
            // A second "id" key (repeated, or in a nested object): not certain.
            guard found == nil else { return nil }
            guard after + 1 < line.count, line[after + 1] == 0x22 else { return nil }
            var end = after + 2
            while end < line.count, line[end] != 0x22, line[end] != 0x5C { end += 1 }
            guard end < line.count, line[end] == 0x22 else { return nil }
            found = UnsafeBufferPointer(rebasing: line[(after + 2)..<end])
        }
        return found
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }

    private static let idKey: [UInt8] = Array("\"id\"".utf8)
    private static let unicodeEscape: [UInt8] = Array("\\u".utf8)

    /// A 64-bit hash of an id's bytes, for sets of ids kept as numbers.
    public static func idHash(_ utf8: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        hash ^= hash >> 33
        hash = hash &* 0xff51_afd7_ed55_8ccd
        return hash ^ (hash >> 33)
    }

    public static func idHash(_ id: RecordID) -> UInt64 {
        var text = id.rawValue
        return text.withUTF8 { idHash($0) }
    }
}
