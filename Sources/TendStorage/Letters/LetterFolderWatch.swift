/// Whether anything changed in the letters files of the shared folders
/// since the last look: a file added, removed, grown or rewritten. Only
/// `lstat`, so looking costs next to nothing and follows no link.
public struct LetterFolderWatch: Sendable {
    public let folders: [String]
    private var seen: [String: FileIdentity]

    /// Starts from what is there now.
    public init(folders: [String]) {
        self.folders = folders
        seen = Self.snapshot(folders)
    }

    /// True when something changed since the last call (or since `init`).
    public mutating func hasChanged() -> Bool {
        let now = Self.snapshot(folders)
        defer { seen = now }
        return now != seen
    }

    private static func snapshot(_ folders: [String]) -> [String: FileIdentity] {
        var result: [String: FileIdentity] = [:]
        for folder in folders {
            for name in (try? POSIX.names(in: folder)) ?? [] where name.hasSuffix(".jsonl") {
                let path = folder + "/" + name
                result[path] = FileIdentity(path: path)
            }
        }
        return result
    }
}
