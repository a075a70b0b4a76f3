import Foundation

/// Whether a shared folder keeps its letters between the two people: it is
/// loose when others on this computer can list it or change what is in it.
public enum SharedFolderCheck {
    /// Readable by anyone, or writable by the group or anyone.
    static let looseBits: mode_t = 0o026

    /// True when the folder is there (a link to one counts).
    public static func isFolder(_ path: String) -> Bool { POSIX.isFolder(path) }

    /// The folder's mode in octal ("755") when it is loose; nil when it is
    /// private or cannot be examined.
    public static func looseMode(of folder: String) -> String? {
        var info = stat()
        guard stat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR, info.st_mode & looseBits != 0 else { return nil }
        return String(info.st_mode & 0o777, radix: 8)
    }

    /// A letters file others can read or change, as its mode in octal.
    static func looseFileMode(of path: String) -> String? {
        guard let mode = POSIX.mode(of: path), mode & 0o077 != 0 else { return nil }
        return String(mode & 0o777, radix: 8)
    }
}
