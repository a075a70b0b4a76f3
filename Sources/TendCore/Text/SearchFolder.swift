@_spi(_Unicode) import Swift  // Unicode.Scalar's canonical decomposition and case fold
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Case- and accent-insensitive matching that works on raw UTF-8, so search
/// can scan a whole journal without decoding it.
///
/// Each scalar is folded on its own ("É" → "e", "ß" → "ss"; a combining
/// accent on its own stays); ASCII takes a table lookup and other scalars are
/// folded once (`fold(_:)`) and cached. Folding a record's text and folding the raw
/// line that holds it give the same bytes (except for `\u` escapes, which the
/// caller checks for), so a line whose folded bytes do not contain the folded
/// query cannot match and need not be decoded.
public struct SearchFolder {
    private var cache: [UInt32: [UInt8]] = [:]
    /// The folds met most recently, by scalar: a line's few accented letters
    /// are nearly always the same few, and a Dictionary lookup per letter
    /// cost more than folding the rest of the line.
    private var recentScalars = [UInt32](repeating: .max, count: 256)
    /// Up to seven folded bytes, and their count in the top byte.
    private var recentFolds = [UInt64](repeating: 0, count: 256)
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
        guard count > 0, let base = bytes.baseAddress else { return }
        out.reserveCapacity(out.count + count)
        var index = 0
        while index < count {
            // ASCII is most of every line: find whole runs eight bytes at a
            // time, copy them, then lower-case them in place.
            let runStart = index
            while index + 8 <= count, UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
            }
            while index < count, bytes[index] < 0x80 { index += 1 }
            if index > runStart {
                let offset = out.count
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                out.withUnsafeMutableBufferPointer { Self.lowercaseASCII($0, from: offset) }
            }
            if index < count { index = foldScalar(at: index, of: bytes, into: &out) }
        }
    }

    /// Lower-cases `buffer[start...]`, which is all ASCII, eight bytes at a
    /// time: for a byte below 0x80, A…Z are the ones where adding 0x3F sets
    /// the top bit and adding 0x25 does not.
    private static func lowercaseASCII(_ buffer: UnsafeMutableBufferPointer<UInt8>, from start: Int) {
        guard let base = buffer.baseAddress else { return }
        var index = start
        while index + 8 <= buffer.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let upper = (word &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(word &+ 0x2525_2525_2525_2525) & 0x8080_8080_8080_8080
            UnsafeMutableRawPointer(base + index).storeBytes(of: word | upper >> 2, as: UInt64.self)
            index += 8
        }
        while index < buffer.count {
            if buffer[index] &- 0x41 < 26 { buffer[index] |= 0x20 }
            index += 1
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
        let slot = Int(value & 0xFF)
        if recentScalars[slot] == value {
            var packed = recentFolds[slot]
            for _ in 0..<Int(packed >> 56) {
                out.append(UInt8(truncatingIfNeeded: packed))
                packed >>= 8
            }
            return index + length
        }
        let folded = folded(scalar: value)
        out.append(contentsOf: folded)
        if folded.count < 8 {
            var packed = UInt64(folded.count) << 56
            for (position, byte) in folded.enumerated() { packed |= UInt64(byte) << (8 * position) }
            recentScalars[slot] = value
            recentFolds[slot] = packed
        }
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
        // memchr for the needle's rarest byte, memcmp for the whole (memmem needs _GNU_SOURCE).
        // Anchoring on a quote or a vowel stopped at every other byte of a JSON line.
        return needle.withUnsafeBufferPointer { n in
            guard let nbase = n.baseAddress else { return true }
            let anchor = n.indices.min { commonness[Int(n[$0])] < commonness[Int(n[$1])] } ?? 0
            let byte = Int32(n[anchor])
            let lastStart = haystack.count - n.count
            var offset = anchor
            while offset <= lastStart + anchor {
                guard let hit = memchr(base + offset, byte, lastStart + anchor - offset + 1) else { return false }
                let position = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
                if memcmp(base + position - anchor, nbase, n.count) == 0 { return true }
                offset = position + 1
            }
            return false
        }
    }

    /// How often a byte turns up in a journal line, 0 (rarely) to 3 (all the time).
    private static let commonness: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for byte in Array("etaoinsrhldu cmfgpwyb".utf8) { table[Int(byte)] = 1 }
        for byte in Array("0123456789-T+".utf8) { table[Int(byte)] = 2 }
        for byte in Array("\":,{} eta".utf8) { table[Int(byte)] = 3 }
        return table
    }()

    private mutating func folded(scalar value: UInt32) -> [UInt8] {
        if let hit = cache[value] { return hit }
        var result: [UInt8] = [0xFF]
        if let scalar = Unicode.Scalar(value) {
            result = Array(Self.fold(scalar).utf8)
        }
        cache[value] = result
        return result
    }

    /// One scalar folded as Foundation's `folding(options: [.caseInsensitive,
    /// .diacriticInsensitive], locale: nil)` folds it, from the standard
    /// library's Unicode data, so search needs no ICU. A scalar whose
    /// canonical decomposition starts below U+0500 (Latin, Greek, Cyrillic)
    /// becomes that first scalar, which drops its accents ("é" → "e", "Å"
    /// sign → "a"); a lone combining accent, or one on any other script,
    /// stays. Then it is lower-cased and case-folded ("ß" → "ss"), but a
    /// fold to capitals (Cherokee) is not taken. Foundation lower-cases with
    /// Unicode 15 and folds with a table of Unicode 8, so newer scalars keep
    /// what it gave them. JournalFoldingTests compares every scalar.
    private static func fold(_ scalar: Unicode.Scalar) -> String {
        var decomposition = String(scalar)._nfd.makeIterator()
        let decomposed = decomposition.next() ?? scalar
        let base = decomposed.value < 0x500 ? decomposed : scalar
        guard let age = base.properties.age, age.major <= 15 else { return String(scalar) }
        var out = String.UnicodeScalarView()
        for lower in base.properties.lowercaseMapping.unicodeScalars {
            let folded = lower.properties._caseFolded.unicodeScalars
            let inFoldTable = lower.properties.age.map { $0.major <= 8 } ?? false
            if inFoldTable, !folded.contains(where: \.properties.isUppercase) {
                out.append(contentsOf: folded)
            } else {
                out.append(lower)
            }
        }
        return String(out)
    }
}
