import TendCore
import TendJournalFormat

/// Counts what a change brings, from the output of `git diff --unified=0`
/// over journal files: the entries on added lines that were not there
/// before. A line a merge moved, or the same line twice, is one entry (the
/// id decides, as for every reader); the record of a prompt already offered
/// and the note that a letter was read are bookkeeping, not entries, and
/// are left out.
public enum SyncCount {
    public static func newEntries(inDiff diff: [UInt8]) -> Int {
        var added = Set<String>(), removed = Set<String>()
        var inHeader = false
        for line in diff.split(separator: 0x0A, omittingEmptySubsequences: true) {
            if line.starts(with: Self.fileHeader) { inHeader = true; continue }
            if line.starts(with: Self.hunkHeader) { inHeader = false; continue }
            guard !inHeader, let sign = line.first else { continue }
            if sign == UInt8(ascii: "+"), let key = key(of: line.dropFirst()) { added.insert(key) }
            if sign == UInt8(ascii: "-"), let key = key(of: line.dropFirst()) { removed.insert(key) }
        }
        return added.subtracting(removed).count
    }

    /// What makes a line one entry: its id, or the line itself when it is
    /// not a record. Nil for blank lines and prompt bookkeeping.
    static func key(of line: ArraySlice<UInt8>) -> String? {
        var line = line
        if line.last == 0x0D { line = line.dropLast() }
        guard line.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { return nil }
        if let object = try? JSONLineParser.parseObject(line), case .string(let id)? = object["id"] {
            if case .string(let kind)? = object["kind"], bookkeeping.contains(kind) { return nil }
            return "id " + id
        }
        return "line " + String(decoding: line, as: UTF8.self)
    }

    /// Kinds that only keep track (a prompt offered, a letter read or put
    /// away), not entries anyone wrote.
    private static let bookkeeping: Set<String> = Set([RecordKind.promptFired, .letterRead, .letterHidden].map(\.rawValue))

    private static let fileHeader = Array("diff --git ".utf8)
    private static let hunkHeader = Array("@@".utf8)
}
