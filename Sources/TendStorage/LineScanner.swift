#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits a file's bytes into lines with `memchr`, without copying.
enum LineScanner {
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

    /// The value of `"id":"…"` in a line we wrote, found without parsing and
    /// read in place; nil when the line is shaped differently (then the
    /// caller parses it).
    static func quickID(in line: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        let key = idKey
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

    private static let idKey: [UInt8] = Array("\"id\":\"".utf8)
    private static let tendPrefix: [UInt8] = Array("{\"v\":1,\"id\":\"".utf8)
}
