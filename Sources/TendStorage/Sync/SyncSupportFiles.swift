/// The two files `tend sync init` puts in the data folder, so that git
/// merges journals the way the format is designed for: month files keep the
/// lines of both sides (readers order by time and keep one record per id),
/// and this device's own files (the lock, temp files, drafts) never leave it.
public enum SyncSupportFiles {
    /// One file and the lines it must hold.
    public struct File: Hashable, Sendable {
        /// The name inside the data folder.
        public let name: String
        /// A comment that opens the file when Tend writes it.
        public let heading: String
        /// The lines that must be there (a user's own lines are kept).
        public let lines: [String]

        /// The new text for a file now holding `existing` (nil when there is no
        /// file), or nil when every line is already there. Lines are added at
        /// the end; nothing the user wrote is changed.
        public func completing(_ existing: String?) -> String? {
            let present = Set((existing ?? "").split(whereSeparator: \.isNewline).map {
                $0.trimmed()
            })
            let missing = lines.filter { !present.contains($0) }
            guard !missing.isEmpty else { return nil }
            var text = existing ?? ""
            if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
            if !text.includes(heading) { text += heading + "\n" }
            return text + missing.map { $0 + "\n" }.joined()
        }
    }

    /// `.gitattributes`: union merges for every journal file, and for these
    /// two files themselves so that two devices' versions never conflict.
    public static let attributes = File(
        name: ".gitattributes",
        heading: "# Tend: a merge keeps the lines of both sides; Tend reads each entry once, by its id.",
        lines: ["*.jsonl merge=union", "/.gitattributes merge=union", "/.gitignore merge=union"])

    /// `.gitignore`: the lock, temp files of whole-file rewrites
    /// (`.2026-11.jsonl.1234.ab12.tmp`) and drafts being typed.
    public static let ignore = File(
        name: ".gitignore",
        heading: "# Tend: files that belong to this device alone; tend sync never sends them.",
        lines: [".lock", "*.lock", "*.tmp", ".*.tmp", "*.draft*"])

    public static let all = [attributes, ignore]
}
