#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A path in the journal's layout that readers could not use: a folder or
/// a link where a month file should be, a FIFO, a file they may not read.
/// It is skipped, every other month is read, and the reader says so.
public struct SkippedFile: Hashable, Sendable, CustomStringConvertible {
    public enum Reason: Hashable, Sendable {
        case folder
        case link
        /// A FIFO, a socket or a device.
        case special
        /// Opening or reading it failed with this errno.
        case unreadable(Int32)
    }

    public let path: String
    public let reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    /// What is wrong and what to do, without the path.
    public var problem: String {
        switch reason {
        case .folder:
            return "a folder where a month file belongs; Tend skips it. Move it out of the journal folder."
        case .link:
            return "a symbolic link; Tend never follows links inside the journal. Put the file itself here, or remove the link."
        case .special:
            return "not a plain file (a FIFO or a device); Tend skips it. Remove it."
        case .unreadable(let code) where code == EACCES || code == EPERM:
            return "Tend may not read it (permission denied) and skips it. Check its owner and mode with ls -l."
        case .unreadable(let code):
            return "Tend could not read it (\(StorageError.reason(errno: code))) and skips it."
        }
    }

    /// `path: what is wrong, what to do`.
    public var description: String { "\(path): \(problem)" }

    /// The reason for a file whose `lstat` mode is `mode`, or nil for a regular file.
    static func reason(forMode mode: mode_t) -> Reason? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return .folder
        case S_IFLNK: return .link
        default: return .special
        }
    }
}
