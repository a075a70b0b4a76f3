#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The append itself, run while the journal's lock is held.
enum JournalAppender {
    /// Appends `line` and a newline to `path`, starting with a newline when
    /// the file ends in a torn line, in one write, then fsyncs. On error the
    /// file is truncated back to its old length.
    static func append(line: [UInt8], to path: String, folder: String) throws(StorageError) {
        var isNew = true
        var fd: Int32
        do {
            fd = try POSIX.open(path, flags: O_RDWR | O_APPEND | O_CREAT | O_EXCL | O_NOFOLLOW, operation: .write)
        } catch {
            guard case .system(_, _, EEXIST) = error else { throw error }
            isNew = false
            fd = try POSIX.open(path, flags: O_RDWR | O_APPEND | O_NOFOLLOW, operation: .write)
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .system(operation: .write, path: path, errno: errno) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw .notARegularFile(path: path) }
        if isNew, fchmod(fd, POSIX.fileMode) != 0 {
            let code = errno
            unlink(path)
            throw .system(operation: .write, path: path, errno: code)
        }
        let size = off_t(info.st_size)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(line.count + 2)
        if size > 0 {
            var last: UInt8 = 0
            let count = pread(fd, &last, 1, size - 1)
            if count != 1 { throw .system(operation: .read, path: path, errno: count < 0 ? errno : EIO) }
            if last != 0x0A { bytes.append(0x0A) }
        }
        bytes.append(contentsOf: line)
        bytes.append(0x0A)

        func rollBack(_ code: Int32) -> StorageError {
            // Never leave half a record behind: cut the file back to where it was.
            _ = ftruncate(fd, size)
            _ = fsync(fd)
            return .system(operation: .write, path: path, errno: code)
        }
        if let code = bytes.withUnsafeBytes({ POSIX.writeAll(fd, $0) }) {
            throw rollBack(code)
        }
        do {
            try POSIX.fsync(fd, path: path)
        } catch {
            if case .system(_, _, let code) = error { throw rollBack(code) }
            throw error
        }
        if isNew { try POSIX.fsyncDirectory(folder) }
    }
}
