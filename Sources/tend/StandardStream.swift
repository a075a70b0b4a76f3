import TendStorage
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output and error written with write(2): what
/// `FileHandle.standardError` and its kin did, without
/// swift-corelibs-foundation, which links ICU into the binary.
enum StandardStream {
    case output, error

    /// Writes all of `text` unbuffered, as FileHandle did (it does not wait
    /// behind `print`'s buffer); a failure is dropped, as there is nowhere
    /// left to say it.
    func write(_ text: String) {
        let descriptor = self == .output ? STDOUT_FILENO : STDERR_FILENO
        _ = Array(text.utf8).withUnsafeBytes { POSIX.writeAll(descriptor, $0) }
    }
}
