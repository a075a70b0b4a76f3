import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// OSC 52 from the shell commands: written to the controlling terminal
/// (never to stdout, which may be a pipe), when there is one.
enum TerminalClipboard {
    static func ask(_ text: String) -> Bool {
        let fd = open("/dev/tty", O_WRONLY | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        let sequence = Array("\u{1B}]52;c;\(Data(text.utf8).base64EncodedString())\u{07}".utf8)
        return sequence.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } == sequence.count
    }
}
