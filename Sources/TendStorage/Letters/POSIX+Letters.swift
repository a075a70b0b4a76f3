#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension POSIX {
    /// The whole of `path`, which must be a plain file: a link is refused
    /// (`O_NOFOLLOW`), and a pipe or device is refused without waiting on it
    /// (`O_NONBLOCK`, then `fstat`). A shared folder holds files another
    /// person's machine put there, so nothing in it is trusted further.
    static func readPlainFile(_ path: String, limit: Int) throws(StorageError) -> [UInt8] {
        let fd: Int32
        do {
            fd = try open(path, flags: O_RDONLY | O_NOFOLLOW | O_NONBLOCK, operation: .read)
        } catch {
            if case .system(_, _, ENOENT) = error { throw .notFound(path: path) }
            if case .system(_, _, ELOOP) = error { throw .notARegularFile(path: path) }
            throw error
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .system(operation: .read, path: path, errno: errno) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw .notARegularFile(path: path) }
        guard Int(info.st_size) <= limit else { throw .system(operation: .read, path: path, errno: EFBIG) }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
        var filled = 0
        while filled <= limit {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count / 2))) }
            let count = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return read(fd, base + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw .system(operation: .read, path: path, errno: errno)
            }
            if count == 0 { break }
            filled += count
        }
        guard filled <= limit else { throw .system(operation: .read, path: path, errno: EFBIG) }
        bytes.removeSubrange(filled...)
        return bytes
    }

    /// What sits at `path`, without following a link.
    enum Entry { case missing, file, link, folder, other }

    static func entry(at path: String) -> Entry {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFLNK: return .link
        case S_IFDIR: return .folder
        default: return .other
        }
    }

    /// True when `path` (a link followed, as a shared folder's own path may be) is a folder.
    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
