#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import TendProcess

/// Keeps two syncs of one folder from running at once (the app closing
/// while `tend remind` syncs): an flock on a file inside `.git`, where it
/// is never committed. It is not the journal's lock, which a sync takes only
/// for its short local steps, so saving never waits on the network.
enum SyncLock {
    /// How long a sync waits for another to finish before giving up.
    static let patience = 150.0

    /// The lock file of the data folder `directory`.
    static func path(directory: String) -> String {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory + "/.git", isDirectory: &isFolder), isFolder.boolValue {
            return directory + "/.git/tend-sync.lock"
        }
        return directory + "/.tend-sync.lock"
    }

    /// When a sync of `directory` last started, if one ever did.
    static func lastAttempt(directory: String) -> Date? {
        var info = stat()
        guard stat(path(directory: directory), &info) == 0 else { return nil }
        #if canImport(Darwin)
        return Date(timeIntervalSince1970: Double(info.st_mtimespec.tv_sec))
        #else
        return Date(timeIntervalSince1970: Double(info.st_mtim.tv_sec))
        #endif
    }

    /// Runs `body` holding the sync lock of `directory`, and marks the time.
    static func holding<T>(directory: String, _ body: () throws(SyncError) -> T) throws(SyncError) -> T {
        let file = path(directory: directory)
        let fd: Int32
        do {
            fd = try POSIX.open(file, flags: O_RDWR | O_CREAT | O_NOFOLLOW, operation: .lock)
        } catch {
            throw .storage(error)
        }
        defer { close(fd) }
        let giveUp = MonotonicClock.seconds() + patience
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                throw .storage(.system(operation: .lock, path: file, errno: errno))
            }
            if SyncInterruption.isRequested { throw .interrupted }
            if MonotonicClock.seconds() > giveUp { throw .busy(directory: directory) }
            usleep(100_000)
        }
        defer { flock(fd, LOCK_UN) }
        _ = futimens(fd, nil)
        return try body()
    }
}
