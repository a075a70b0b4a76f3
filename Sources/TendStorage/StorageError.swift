import TendCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What went wrong while reading or writing the journal, with the path.
/// `description` is the message the person sees: what happened, where, and
/// what to do about it.
public enum StorageError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A system call failed on `path` with `errno`.
    case system(operation: Operation, path: String, errno: Int32)
    /// `path` is not a regular file (a folder, a device, a link).
    case notARegularFile(path: String)
    /// A record larger than the documented limit was refused.
    case recordTooLarge(bytes: Int, limit: Int)
    /// A record could not be encoded or read.
    case invalidRecord(RecordError)
    /// The file to import or read does not exist.
    case notFound(path: String)
    /// A folder of the journal belongs to another user or others may write to it.
    case unsafeFolder(path: String, problem: String)
    /// A command's output would land in the data folder, where only the journal writes.
    case insideDataFolder(path: String, dataFolder: String)
    /// A month file an import would rewrite is a link, a folder or a device.
    case cannotRewrite(SkippedFile)
    /// A file to import that cannot be read as the format it was named as.
    case unreadableImport(reason: String)
    /// tend-import, which reads zip and CSV files for import, is at none of `places`.
    case importHelperMissing(format: ImportHelper.Format, places: [String])
    /// tend-import did not give an answer; `reason` follows its name.
    case importHelperFailed(reason: String)

    /// What Tend was doing when the system call failed.
    public enum Operation: String, Hashable, Sendable {
        case createFolder = "create the folder"
        case open = "open"
        case lock = "lock"
        case read = "read"
        case write = "write to"
        case sync = "save to disk"
        case rename = "replace"
        case list = "list"
    }

    /// The file or folder concerned, when there is one (for `--json` errors).
    public var path: String? {
        switch self {
        case .system(_, let path, _), .notARegularFile(let path), .notFound(let path), .unsafeFolder(let path, _),
             .insideDataFolder(let path, _):
            return path
        case .cannotRewrite(let file): return file.path
        case .recordTooLarge, .invalidRecord, .unreadableImport, .importHelperMissing, .importHelperFailed: return nil
        }
    }

    public var description: String {
        switch self {
        case .system(let operation, let path, let code):
            return Self.message(operation: operation, path: path, errno: code)
        case .notARegularFile(let path):
            return "\(path) is not a regular file (a link, a folder or a device?). Tend only writes to plain files; move it aside and try again."
        case .recordTooLarge(let bytes, let limit):
            return "That entry is \(ByteCount.text(bytes)); one entry can hold up to \(ByteCount.text(limit)). Nothing was saved: shorten it or split it in two."
        case .invalidRecord(let error):
            return "That entry cannot be saved: \(error)."
        case .notFound(let path):
            return "\(path) does not exist. Check the path and try again."
        case .unsafeFolder(let path, let problem):
            return "Tend will not write to \(path): \(problem)"
        case .insideDataFolder(let path, let dataFolder):
            return "\(path) is inside the data folder (\(dataFolder)), where only the journal writes. Nothing was written: choose a file elsewhere."
        case .cannotRewrite(let file):
            return "Nothing was imported: \(file.path) is \(file.problem)"
        case .unreadableImport(let reason):
            return "Nothing was imported: \(reason)."
        case .importHelperMissing(let format, let places):
            let what = format == .zip ? "a zip" : "a CSV file"
            let instead = format == .zip ? " Or unzip it and import the Journal.json inside: that needs no helper." : ""
            return "Nothing was imported: Tend reads \(what) with tend-import, a helper installed with it, and it is not at "
                + "\(places.joined(separator: " or ")). Install Tend again (make install, or its package), then import again.\(instead)"
        case .importHelperFailed(let reason):
            return "Nothing was imported: tend-import, the helper that reads zip and CSV files, \(reason)."
        }
    }

    /// True when the failure is about space: a full disk, a quota or a file size limit.
    public var isOutOfSpace: Bool {
        if case .system(_, _, let code) = self { return code == ENOSPC || code == EDQUOT || code == EFBIG }
        return false
    }

    private static func message(operation: Operation, path: String, errno code: Int32) -> String {
        let what = "Tend could not \(operation.rawValue) \(path)"
        switch code {
        case ENOSPC, EDQUOT:
            return "\(what): the disk is full. Free some space, then try again."
        case EFBIG:
            return "\(what): the file size limit was reached (see `ulimit -f`). Raise the limit, then try again."
        case EROFS:
            return "\(what): the disk is read-only. Point Tend at a writable folder with --data-dir or TEND_DATA_DIR."
        case EACCES, EPERM:
            return "\(what): permission denied. Check the owner and mode of the file and its folder (`ls -ld`)."
        case ELOOP:
            return "\(what): it is a symbolic link, and Tend does not follow links when writing. Replace the link with the real file."
        case ENOENT:
            return "\(what): it does not exist."
        case ENOTDIR:
            return "\(what): part of the path is a file, not a folder."
        case EIO:
            return "\(what): the disk reported an input/output error. Check the disk, then try again."
        default:
            return "\(what): \(reason(errno: code)) (errno \(code))."
        }
    }

    /// The system's words for `errno`, to go inside a sentence ("no such file or directory").
    public static func reason(errno code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}
