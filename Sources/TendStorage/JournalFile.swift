import TendCore
import TendJournalFormat

/// A file the journal reads: the canonical `2026/2026-11.jsonl`, or another
/// `.jsonl` file in the year folder whose name starts with the month, such as
/// a Syncthing conflict copy (`2026-11.sync-conflict-….jsonl`). Readers merge
/// them all by id, which is exactly how such a conflict resolves.
public struct JournalFile: Hashable, Sendable {
    public let month: MonthFile
    public let path: String
    /// False for extra copies; appends only ever go to the canonical file.
    public let isCanonical: Bool

    public init(month: MonthFile, path: String, isCanonical: Bool) {
        self.month = month
        self.path = path
        self.isCanonical = isCanonical
    }
}

extension History.Builder {
    /// A builder with room for about as many records as `files` hold
    /// (lines average about 150 bytes; a wrong guess only costs a regrowth).
    init(roomFor files: [JournalFile]) {
        self.init(expectedCount: files.reduce(0) { $0 + (POSIX.size(of: $1.path) ?? 0) } / 128)
    }
}
