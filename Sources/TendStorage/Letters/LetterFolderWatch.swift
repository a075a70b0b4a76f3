import Foundation

/// Whether anything changed in the letters files of the shared folders
/// since the last look: a file added, removed, grown or rewritten. Only
/// `lstat`, so looking costs next to nothing and follows no link.
public struct LetterFolderWatch: Sendable {
    public let folders: [String]
    private var seen: [String: String]

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

    private static func snapshot(_ folders: [String]) -> [String: String] {
        var result: [String: String] = [:]
        for folder in folders {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasSuffix(".jsonl") {
                var info = stat()
                guard lstat(folder + "/" + name, &info) == 0 else { continue }
                result[folder + "/" + name] = "\(info.st_mode) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(info.st_ino)"
            }
        }
        return result
    }
}
