import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Case- and accent-insensitive matching that works on raw UTF-8, so search
/// can scan a whole journal without decoding it.
///
/// Each scalar is folded on its own ("É" → "e", "ß" → "ss", a combining
/// accent → nothing); ASCII takes a table lookup and other scalars are folded
/// once by Foundation and cached. Folding a record's text and folding the raw
/// line that holds it give the same bytes (except for `\u` escapes, which the
/// caller checks for), so a line whose folded bytes do not contain the folded
/// query cannot match and need not be decoded.
public struct SearchFolder {
    private var cache: [UInt32: [UInt8]] = [:]
    private var scratch: [UInt8] = []

    public init() {}

    /// The folded UTF-8 of `text`.
    public mutating func fold(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        var copy = text
        copy.withUTF8 { buffer in fold(buffer, into: &out) }
        return out
    }

    /// Appends the folded form of `bytes` to `out`. Invalid UTF-8 becomes 0xFF,
    /// which no folded text contains.
    public mutating func fold(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        let count = bytes.count
        guard let source = bytes.baseAddress, count > 0 else { return }
        // ASCII is most of every line: lower-case whole runs through a pointer.
        out.reserveCapacity(out.count + count)
        var index = 0
        while index < count {
            let runStart = index
            while index < count, source[index] < 0x80 { index += 1 }
            let run = index - runStart
            if run > 0 {
                let offset = out.count
                out.append(contentsOf: repeatElement(0, count: run))
                out.withUnsafeMutableBufferPointer { buffer in
                    guard let target = buffer.baseAddress else { return }
                    for i in 0..<run {
                        let byte = source[runStart + i]
                        target[offset + i] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                    }
                }
            }
            if index < count { index = foldScalar(at: index, of: bytes, into: &out) }
        }
    }

    /// Folds the multi-byte scalar at `index`; returns the index after it.
    private mutating func foldScalar(at index: Int, of bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) -> Int {
        let byte = bytes[index]
        let length: Int
        var value: UInt32
        switch byte {
        case 0xC2...0xDF: length = 2; value = UInt32(byte & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(byte & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(byte & 0x07)
        default: out.append(0xFF); return index + 1
        }
        guard index + length <= bytes.count else { out.append(0xFF); return index + 1 }
        for offset in 1..<length {
            let next = bytes[index + offset]
            guard next & 0xC0 == 0x80 else { out.append(0xFF); return index + 1 }
            value = value << 6 | UInt32(next & 0x3F)
        }
        out.append(contentsOf: folded(scalar: value))
        return index + length
    }

    /// True when the folded `bytes` contain `needle` (already folded).
    public mutating func bytes(_ bytes: UnsafeBufferPointer<UInt8>, containFolded needle: [UInt8]) -> Bool {
        var buffer = scratch
        scratch = []
        buffer.removeAll(keepingCapacity: true)
        fold(bytes, into: &buffer)
        defer { scratch = buffer }
        return Self.contains(buffer, needle)
    }

    /// True when `text`, folded, contains `needle` (already folded).
    public mutating func text(_ text: String, containsFolded needle: [UInt8]) -> Bool {
        Self.contains(fold(text), needle)
    }

    /// Byte substring search.
    public static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        if needle.isEmpty { return true }
        return haystack.withUnsafeBufferPointer { contains($0, needle) }
    }

    /// Byte substring search in a raw buffer.
    public static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        if needle.isEmpty { return true }
        guard let base = haystack.baseAddress, haystack.count >= needle.count else { return false }
        // memchr for the first byte, memcmp for the rest (memmem needs _GNU_SOURCE).
        return needle.withUnsafeBufferPointer { n in
            guard let nbase = n.baseAddress else { return true }
            let first = Int32(n[0])
            let lastStart = haystack.count - n.count
            var offset = 0
            while offset <= lastStart {
                guard let hit = memchr(base + offset, first, lastStart - offset + 1) else { return false }
                let position = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
                if n.count == 1 { return true }
                if base[position + n.count - 1] == n[n.count - 1], base[position + 1] == n[1],
                   memcmp(base + position, nbase, n.count) == 0 { return true }
                offset = position + 1
            }
            return false
        }
    }

    private mutating func folded(scalar value: UInt32) -> [UInt8] {
        if let hit = cache[value] { return hit }
        var result: [UInt8] = [0xFF]
        if let scalar = Unicode.Scalar(value) {
            let folded = String(Character(scalar)).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            result = Array(folded.utf8)
        }
        cache[value] = result
        return result
    }
}
