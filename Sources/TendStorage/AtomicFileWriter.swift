import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a whole file so that a crash leaves either the old contents or
/// the new, never a mix: write a temp file in the same folder, fsync it,
/// rename it over the target, fsync the folder. (Foundation's `.atomic`
/// option skips both fsyncs on Linux.) The result has mode 0600.
public enum AtomicFileWriter {
    /// Writes `bytes` to `path`, creating its folder (0700) if needed. Not
    /// `durable`, it skips the fsyncs: still all or nothing on a running
    /// system, but a crash may leave the old file or none (fine for caches).
    public static func write(_ bytes: [UInt8], to path: String, durable: Bool = true) throws(StorageError) {
        // A rename would put a plain file where a device or a pipe was (as
        // root, even over /dev/null): only a plain file, a link or nothing is replaced.
        if let type = existingType(path), type != S_IFREG, type != S_IFLNK { throw .notARegularFile(path: path) }
        let folder = PathText.parent(path)
        let name = PathText.lastComponent(path)
        try POSIX.ensureDirectory(folder)
        let suffix = String(UInt32.random(in: 0...UInt32.max), radix: 16)
        let temp = "\(folder)/.\(name).\(getpid()).\(suffix).tmp"
        // A signal from here until the rename removes the temp file (when a command installed the cleanup).
        TempFileCleanup.arm(temp)
        defer { TempFileCleanup.disarm() }
        let fd = try POSIX.open(temp, flags: O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, operation: .write)
        var closed = false
        defer { if !closed { close(fd) } }
        func fail(_ error: StorageError) -> StorageError {
            unlink(temp)
            return error
        }
        guard fchmod(fd, POSIX.fileMode) == 0 else { throw fail(.system(operation: .write, path: path, errno: errno)) }
        if let code = bytes.withUnsafeBytes({ POSIX.writeAll(fd, $0) }) {
            throw fail(.system(operation: .write, path: path, errno: code))
        }
        do {
            if durable { try POSIX.fsync(fd, path: path) }
        } catch {
            throw fail(error)
        }
        closed = true
        guard close(fd) == 0 else { throw fail(.system(operation: .write, path: path, errno: errno)) }
        guard rename(temp, path) == 0 else { throw fail(.system(operation: .rename, path: path, errno: errno)) }
        if durable { try POSIX.fsyncDirectory(folder) }
    }

    /// The type bits of what is at `path` (not following a link), or nil when nothing is.
    static func existingType(_ path: String) -> mode_t? {
        var facts = stat()
        guard lstat(path, &facts) == 0 else { return nil }
        return facts.st_mode & S_IFMT
    }
}
