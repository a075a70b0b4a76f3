#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TendCore

/// This journal's folder in the cache (`$XDG_CACHE_HOME/tend/journal-…`),
/// trusted only while it is safely the user's own.
///
/// A cache can never be believed over the files, and it can never be
/// believed at all when someone else could have written it: a folder or file
/// owned by another user, writable by others, or reached through a link is
/// ignored (reads go to the journal itself) and `tend doctor` says so.
struct CacheFolder: Sendable {
    /// `$XDG_CACHE_HOME/tend`.
    let root: String
    /// This journal's folder inside it, named after the data folder.
    let directory: String

    init(root: String, dataDirectory: String) {
        self.root = root
        directory = root + "/journal-" + String(StableHash.fnv1a(dataDirectory.utf8), radix: 16)
    }

    /// Why the cache may not be used, or nil when it may (or does not exist yet).
    func problem() -> String? {
        for folder in [root, directory] {
            if let problem = Self.problem(ofFolder: folder) { return problem }
        }
        return nil
    }

    /// Why `folder` is not safely ours, or nil (also when it does not exist).
    static func problem(ofFolder folder: String) -> String? {
        var info = stat()
        guard lstat(folder, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return problem(owner: info.st_uid, mode: info.st_mode, of: folder)
        case S_IFLNK: return "\(folder) is a symbolic link; Tend does not follow links in its cache and ignores it. Remove it."
        default: return "\(folder) is not a folder; Tend ignores its cache. Remove it."
        }
    }

    /// Why a file or folder with this owner and mode is not safely ours.
    static func problem(owner: uid_t, mode: mode_t, of path: String) -> String? {
        if owner != geteuid() {
            return "\(path) belongs to another user (uid \(owner)); Tend ignores this cache and reads your journal itself. Remove it, or set XDG_CACHE_HOME to a folder of your own."
        }
        if mode & 0o022 != 0 {
            return "others can write to \(path) (mode \(String(mode & 0o777, radix: 8))); Tend ignores this cache and reads your journal itself. Remove it, or run: chmod 700 '\(path)'"
        }
        return nil
    }

    /// The cache file at `path`, when it and every folder between it and the
    /// root are safely ours; nil otherwise (a missing file included).
    func read(_ path: String) -> [UInt8]? {
        guard path.hasPrefix(directory + "/") else { return nil }
        var folder = (path as String)
        while let slash = folder.lastIndex(of: "/") {
            folder = String(folder[..<slash])
            if folder.count < root.count { break }
            var info = stat()
            guard lstat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR,
                  Self.problem(owner: info.st_uid, mode: info.st_mode, of: folder) == nil else { return nil }
        }
        guard let (bytes, info) = try? POSIX.readFileAndStatus(path),
              Self.problem(owner: info.st_uid, mode: info.st_mode, of: path) == nil else { return nil }
        return bytes
    }

    /// Writes a cache file; failing only means no cache. Never writes into
    /// a cache that is not safely ours, and skips the fsyncs (a cache need
    /// not survive a crash).
    func write(_ bytes: [UInt8], to path: String) {
        guard path.hasPrefix(directory + "/"), problem() == nil else { return }
        let folder = String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)])
        guard (try? POSIX.ensureDirectory(folder)) != nil else { return }
        var current = folder
        while current.count > directory.count {
            guard Self.problem(ofFolder: current) == nil else { return }
            current = String(current[..<(current.lastIndex(of: "/") ?? current.startIndex)])
        }
        try? AtomicFileWriter.write(bytes, to: path, durable: false)
    }
}
