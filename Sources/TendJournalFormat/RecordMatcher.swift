import TendCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Applies a `RecordQuery`: a cheap test on a raw line (may it match?) and an
/// exact test on a decoded record (does it?).
public struct RecordMatcher {
    public let query: RecordQuery
    private var folder = SearchFolder()
    private let searchNeedle: [UInt8]?
    private let personNeedle: [UInt8]?
    private let kindNeedles: [[UInt8]]
    /// What a line's folded bytes must hold to match; empty when the query
    /// holds characters that JSON escapes, so the raw bytes cannot be compared.
    /// A line with an escape that can stand for any character (`\u0061`,
    /// `\/`) is never passed over on its raw bytes.
    private let lineNeedles: [[UInt8]]
    private var folded: [UInt8] = []

    public init(_ query: RecordQuery) {
        self.query = query
        var folder = SearchFolder()
        searchNeedle = query.search.map { folder.fold($0) }
        personNeedle = query.person.map { PersonName.key($0, folder: &folder) }
        kindNeedles = (query.kinds ?? []).map { Array("\"\($0.rawValue)\"".utf8) }
        let needles = [searchNeedle, personNeedle].compactMap { $0 }
        let canPrefilter = !needles.contains { $0.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C } }
        lineNeedles = canPrefilter ? needles : []
        self.folder = folder
    }

    /// True when `mightMatch(line:)` can pass over some lines (the query
    /// names kinds, words or a person); false when every line may match.
    public var passesOverLines: Bool { !kindNeedles.isEmpty || !lineNeedles.isEmpty }

    /// False only when `line` certainly holds no matching record.
    public mutating func mightMatch(line: UnsafeBufferPointer<UInt8>) -> Bool {
        if !kindNeedles.isEmpty, !kindNeedles.contains(where: { SearchFolder.contains(line, $0) }),
           !Self.hasHidingEscape(line) {
            return false
        }
        guard !lineNeedles.isEmpty else { return true }
        folded.removeAll(keepingCapacity: true)
        folder.fold(line, into: &folded)
        for needle in lineNeedles where !SearchFolder.contains(folded, needle) {
            return Self.hasHidingEscape(line)
        }
        return true
    }

    /// True when `record` (with its edits applied) matches.
    public mutating func matches(_ record: Record) -> Bool {
        if let kinds = query.kinds {
            guard kinds.contains(record.kind) else { return false }
        } else if record.kind.isCorrection {
            return false
        }
        if query.sinceDay != nil || query.untilDay != nil {
            let day = record.time.local.dayString
            if let since = query.sinceDay, day < since { return false }
            if let until = query.untilDay, day > until { return false }
        }
        if let personNeedle {
            guard let person = record.payload.person, PersonName.key(person, folder: &folder) == personNeedle else { return false }
        }
        if let searchNeedle {
            let fields = [record.payload.person].compactMap { $0 } + record.payload.texts
            guard fields.contains(where: { folder.text($0, containsFolded: searchNeedle) }) else { return false }
        }
        return true
    }

    /// True when `line` holds `\u` or `\/`, escapes whose raw bytes do not
    /// show the character they stand for (one pass over the backslashes).
    private static func hasHidingEscape(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = line.baseAddress else { return false }
        var offset = 0
        while offset + 1 < line.count, let hit = memchr(base + offset, 0x5C, line.count - offset - 1) {
            let position = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
            let next = line[position + 1]
            if next == UInt8(ascii: "u") || next == UInt8(ascii: "/") { return true }
            // Skip the escaped character, so `\\u` is not taken for `\u`.
            offset = position + 2
        }
        return false
    }
}
