#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock` on a lock file beside the data, held while a writer
/// appends or rewrites, so the app, `tend remind` and a second terminal
/// never interleave. Readers do not lock: a torn tail is skipped anyway.
public enum FileLock {
    /// The lock file's name inside the data folder.
    public static let fileName = ".lock"

    /// Runs `body` while holding the lock of `directory`.
    public static func withLock<T>(in directory: String, _ body: () throws(StorageError) -> T) throws(StorageError) -> T {
        try withLock(at: directory + "/" + fileName, body)
    }

    /// Runs `body` while holding the lock file at `path` (a letters file in
    /// a shared folder has one of its own).
    public static func withLock<T>(at path: String, _ body: () throws(StorageError) -> T) throws(StorageError) -> T {
        let fd = try POSIX.open(path, flags: O_RDWR | O_CREAT | O_NOFOLLOW, operation: .lock)
        defer { close(fd) }
        fchmod(fd, POSIX.fileMode)
        while flock(fd, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            throw .system(operation: .lock, path: path, errno: errno)
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }
}
