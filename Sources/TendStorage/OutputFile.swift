#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a command writes what the user asked for with `--output`: a plain
/// file is replaced whole (`AtomicFileWriter`); a device or a pipe that is
/// already there (`/dev/null`, `/dev/stdout`, a FIFO) is written into, as a
/// shell's `>` would, and stays what it was.
public enum OutputFile {
    public static func write(_ bytes: [UInt8], to path: String) throws(StorageError) {
        guard let type = AtomicFileWriter.existingType(path), type == S_IFCHR || type == S_IFIFO else {
            return try AtomicFileWriter.write(bytes, to: path)
        }
        let fd = try POSIX.open(path, flags: O_WRONLY | O_NOCTTY, operation: .write)
        defer { close(fd) }
        if let code = bytes.withUnsafeBytes({ POSIX.writeAll(fd, $0) }) {
            throw .system(operation: .write, path: path, errno: code)
        }
    }
}
