import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered writes to stdout, and what kind of place stdout is.
struct StandardOutput {
    private var buffer: [UInt8] = []

    /// True when stdout is a terminal (then colour and cutting to width apply).
    let isTerminal: Bool
    /// Colour only on a terminal, and never with NO_COLOR set or TERM=dumb.
    let usesColour: Bool
    /// The terminal's width, or nil when it is not a terminal.
    let columns: Int?

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        isTerminal = isatty(STDOUT_FILENO) == 1
        let noColour = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        usesColour = isTerminal && !noColour && environment["TERM"] != "dumb"
        if isTerminal {
            var size = winsize()
            if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
                columns = Int(size.ws_col)
            } else {
                columns = Int(environment["COLUMNS"] ?? "") ?? 80
            }
        } else {
            columns = nil
        }
        buffer.reserveCapacity(1 << 16)
    }

    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func write(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes out what is buffered. With SIGPIPE at its default, a closed pipe
    /// ends the process here, quietly.
    mutating func flush() {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return Glibc.write(STDOUT_FILENO, base + offset, raw.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                // Nowhere left to write to; stop quietly.
                exit(errno == EPIPE ? 0 : 1)
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
