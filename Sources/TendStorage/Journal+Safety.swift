#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Journal {
    /// Refuses to write when the data folder, or the year folder a record
    /// goes to, belongs to another user or others may write to it: they could
    /// then change or replace the journal's files.
    func checkFoldersAreSafe(_ month: MonthFile? = nil) throws(StorageError) {
        for folder in [directory] + (month.map { [$0.folder(in: directory)] } ?? []) {
            if let problem = Self.folderProblem(folder) {
                throw .unsafeFolder(path: folder, problem: "\(problem.reason). \(problem.advice)")
            }
        }
    }

    /// What is wrong with a folder, and what to do about it.
    struct FolderProblem {
        let reason: String
        let advice: String
    }

    /// Why `folder` is not safely the user's own, or nil (also when it does not exist yet).
    /// Follows a link to the folder itself, and names the real folder in any advice.
    static func folderProblem(_ folder: String) -> FolderProblem? {
        var info = stat()
        guard stat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        if info.st_uid != geteuid() {
            return FolderProblem(reason: "it belongs to another user (uid \(info.st_uid)), who could change your journal",
                                 advice: "Keep your journal in a folder of your own (--data-dir or TEND_DATA_DIR).")
        }
        if info.st_mode & 0o022 != 0 {
            let mode = String(info.st_mode & 0o777, radix: 8)
            return FolderProblem(reason: "other users can write to it (mode \(mode)), so they could change your journal",
                                 advice: "Run: chmod 700 '\(realPath(folder))'")
        }
        return nil
    }

    /// True when `path` is `folder` or lies somewhere inside it, links resolved
    /// (`folder` is taken as already resolved).
    static func isPath(_ path: String, inside folder: String) -> Bool {
        let real = realPath(path)
        return real == folder || real.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }

    /// The path with every link resolved, so advice never acts through a link.
    static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
