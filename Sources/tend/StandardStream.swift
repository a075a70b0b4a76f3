#if canImport(Glibc)
import Glibc
private let writeBytes = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let writeBytes = Darwin.write
#endif

/// Standard output and error written with write(2), and standard input read
/// to its end: what `FileHandle.standardError` and its kin did, without
/// swift-corelibs-foundation, which links ICU into the binary.
enum StandardStream {
    case output, error

    /// Writes all of `text` unbuffered, as FileHandle did (it does not wait
    /// behind `print`'s buffer); stops at the first error but an interrupt.
    func write(_ text: String) {
        let descriptor = self == .output ? STDOUT_FILENO : STDERR_FILENO
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = writeBytes(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { return }
                offset += written
            }
        }
    }

    /// Every byte left on standard input.
    static func readInput() -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return bytes }
            bytes.append(contentsOf: chunk[..<count])
        }
    }
}
