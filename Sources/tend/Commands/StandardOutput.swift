import Foundation
import TendStorage
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered writes to stdout, and what kind of place stdout is.
///
/// A write that fails (a full disk, a closed stdout) does not end the
/// process: it is remembered in `failure`, later writes are dropped, and
/// the command says what failed (and, when a record was saved, that it was).
struct StandardOutput {
    private var buffer: [UInt8] = []

    /// True when stdout is a terminal (then colour and cutting to width apply).
    let isTerminal: Bool
    /// Colour only on a terminal, and never with NO_COLOR set or TERM=dumb.
    let usesColour: Bool
    /// The terminal's width, or nil when it is not a terminal.
    let columns: Int?
    /// The errno of the first write that failed, if one did.
    private(set) var failure: Int32?

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
        if StandardStreams.outputWasClosed { failure = EBADF }
        buffer.reserveCapacity(1 << 16)
    }

    mutating func write(_ text: String) {
        guard failure == nil else { return }
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func write(bytes: [UInt8]) {
        guard failure == nil else { return }
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes out what is buffered. A closed pipe (`tend log | head`) ends the
    /// process quietly, as it ends `cat`.
    mutating func flush() {
        defer { buffer.removeAll(keepingCapacity: true) }
        guard failure == nil else { return }
        guard let failed = buffer.withUnsafeBytes({ POSIX.writeAll(STDOUT_FILENO, $0) }) else { return }
        if failed == EPIPE { exit(0) }
        failure = failed
    }

    /// Why stdout could not take what was written, for a message.
    var failureReason: String? {
        guard let failure else { return nil }
        switch failure {
        case EBADF: return "standard output is closed"
        case ENOSPC, EDQUOT: return "the disk behind standard output is full"
        default: return "writing to standard output failed (\(StorageError.reason(errno: failure)))"
        }
    }
}

/// The three standard streams as the process found them.
enum StandardStreams {
    /// True when the process started with stdout closed (`tend thanks … >&-`).
    nonisolated(unsafe) private(set) static var outputWasClosed = false

    /// Opens /dev/null on any of stdin, stdout and stderr that is closed, so
    /// no file Tend opens later (a month file!) can take its number and
    /// receive what was meant for the terminal. Call first thing.
    static func guardClosed() {
        for fd in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
            if fd == STDOUT_FILENO { outputWasClosed = true }
            let opened = open("/dev/null", fd == STDIN_FILENO ? O_RDONLY : O_WRONLY)
            if opened >= 0, opened != fd {
                dup2(opened, fd)
                close(opened)
            }
        }
    }
}
