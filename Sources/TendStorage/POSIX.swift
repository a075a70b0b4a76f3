import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few system calls storage needs, retried on EINTR and turned into
/// `StorageError`s that carry the path.
package enum POSIX {
    static let fileMode: mode_t = 0o600
    static let folderMode: mode_t = 0o700

    static func open(_ path: String, flags: Int32, mode: mode_t = fileMode, operation: StorageError.Operation = .open) throws(StorageError) -> Int32 {
        while true {
            let fd = openFile(path, flags | O_CLOEXEC, mode)
            if fd >= 0 { return fd }
            if errno == EINTR { continue }
            throw .system(operation: operation, path: path, errno: errno)
        }
    }

    static func fsync(_ fd: Int32, path: String) throws(StorageError) {
        while true {
            #if canImport(Darwin)
            let result = fcntl(fd, F_FULLFSYNC)
            #else
            let result = Glibc.fsync(fd)
            #endif
            if result == 0 { return }
            if errno == EINTR { continue }
            // Some file systems cannot sync folders; that is not a failure to save.
            if errno == EINVAL || errno == ENOTSUP { return }
            throw .system(operation: .sync, path: path, errno: errno)
        }
    }

    /// Makes a new or renamed entry in `directory` durable.
    static func fsyncDirectory(_ directory: String) throws(StorageError) {
        let fd = try open(directory, flags: O_RDONLY | O_DIRECTORY)
        defer { close(fd) }
        try fsync(fd, path: directory)
    }

    /// Writes all of `bytes`, looping over short writes. Returns the errno of
    /// the first failure instead of throwing, so the caller can clean up.
    package static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            guard let base = bytes.baseAddress else { return nil }
            let written = write(fd, base + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if written == 0 { return ENOSPC }
            offset += written
        }
        return nil
    }

    /// The whole file at `path` (see `readFileAndStatus`).
    static func readAll(_ path: String, limit: Int = .max) throws(StorageError) -> [UInt8] {
        try readFileAndStatus(path, limit: limit).bytes
    }

    /// The whole file at `path`, and the identity of what was read (taken
    /// before reading, so a write that races the read shows as a change).
    ///
    /// Opening never waits (`O_NONBLOCK`, so a FIFO cannot hang a reader) and
    /// never follows a link at the last step (`O_NOFOLLOW`); anything but a
    /// regular file is refused.
    static func readFile(_ path: String) throws(StorageError) -> (bytes: [UInt8], identity: FileIdentity) {
        let (bytes, info) = try readFileAndStatus(path)
        return (bytes, FileIdentity(info))
    }

    /// Like `readFile`, with the file's status as it was opened. A file
    /// larger than `limit` bytes (when it is opened, or by the time it has
    /// been read) is refused with `EFBIG`.
    static func readFileAndStatus(_ path: String, limit: Int = .max) throws(StorageError) -> (bytes: [UInt8], info: stat) {
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
        return (try readRest(of: fd, path: path, sizeHint: Int(info.st_size), limit: limit), info)
    }

    /// A file to import: a plain file (through a link if need be), a pipe,
    /// a FIFO or a terminal, `-` for standard input. Unlike the journal's own
    /// files this may wait: it is what the person asked to read.
    package static func readSource(_ path: String) throws(StorageError) -> [UInt8] {
        if path == "-" { return try readRest(of: STDIN_FILENO, path: "standard input", sizeHint: 0) }
        let fd: Int32
        do {
            fd = try open(path, flags: O_RDONLY, operation: .read)
        } catch {
            if case .system(_, _, ENOENT) = error { throw .notFound(path: path) }
            throw error
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .system(operation: .read, path: path, errno: errno) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw .system(operation: .read, path: path, errno: EISDIR) }
        return try readRest(of: fd, path: path, sizeHint: (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : 0)
    }

    /// Everything left to read from `fd`, whatever it is (a file, a pipe);
    /// more than `limit` bytes is refused with `EFBIG`.
    static func readRest(of fd: Int32, path: String, sizeHint: Int, limit: Int = .max) throws(StorageError) -> [UInt8] {
        // One byte more than the size, so the read that finds the end needs no room.
        var bytes = [UInt8](repeating: 0, count: max(0, sizeHint) + 1)
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

    /// Creates `path` and any missing parents with mode 0700, whatever the
    /// umask, and syncs each new entry's parent. Existing folders are left as
    /// they are.
    static func ensureDirectory(_ path: String) throws(StorageError) {
        var missing: [String] = []
        var current = PathText.standardized(path)
        while !current.isEmpty, current != "/" {
            var info = stat()
            if stat(current, &info) == 0 {
                guard (info.st_mode & S_IFMT) == S_IFDIR else {
                    throw .system(operation: .createFolder, path: current, errno: ENOTDIR)
                }
                break
            }
            guard errno == ENOENT else { throw .system(operation: .createFolder, path: current, errno: errno) }
            missing.append(current)
            current = PathText.parent(current)
        }
        for folder in missing.reversed() {
            if mkdir(folder, folderMode) != 0, errno != EEXIST {
                throw .system(operation: .createFolder, path: folder, errno: errno)
            }
            // mkdir applies the umask; set the mode we promise explicitly.
            if chmod(folder, folderMode) != 0 {
                throw .system(operation: .createFolder, path: folder, errno: errno)
            }
            try fsyncDirectory(PathText.parent(folder))
        }
    }

    /// The names in the folder at `path`, without `.` and `..`.
    static func names(in path: String) throws(StorageError) -> [String] {
        guard let folder = opendir(path) else { throw .system(operation: .list, path: path, errno: errno) }
        defer { closedir(folder) }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }

    /// The size of the file at `path`, or nil when it cannot be examined.
    static func size(of path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_size)
    }

    /// The mode bits of `path`, or nil when it cannot be examined.
    static func mode(of path: String) -> mode_t? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return info.st_mode & 0o7777
    }
}

/// `open` is variadic in C; this non-variadic spelling keeps call sites tidy.
private func openFile(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
    #if canImport(Glibc)
    return Glibc.open(path, flags, mode)
    #else
    return Darwin.open(path, flags, mode)
    #endif
}
