import Foundation
import TendProcess
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A program on a pseudo-terminal of its own, driven byte by byte: what a
/// slow ssh link or a large paste looks like from the program's side, where
/// one character can arrive in two reads. tmux cannot show that: its
/// send-keys hands over whole keys.
///
/// The program is a session leader with the pty as its controlling
/// terminal, as under a shell. Its output is read (and kept) whenever the
/// session waits, so the program never blocks on a full pty.
public final class PseudoTerminalSession {
    public struct Failed: Error, CustomStringConvertible {
        public var description: String
    }

    /// TIOCSPTLCK and TIOCGPTN, which are function-like macros in C.
    private static let setLock: UInt = 0x4004_5431
    private static let getNumber: UInt = 0x8004_5430

    private let master: Int32
    private let pid: pid_t
    private var output: [UInt8] = []
    private var exitStatus: Int32?

    /// Starts `arguments` (the first is the program's path) on a new pty of the given size.
    public init(arguments: [String], environment: [String: String], width: Int = 80, height: Int = 24) throws {
        // What posix_openpt, unlockpt and ptsname do (Swift's Glibc module does
        // not offer them): open the multiplexer, unlock the new pty, ask its number.
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        var unlock: Int32 = 0, number: UInt32 = 0
        guard master >= 0, ioctl(master, Self.setLock, &unlock) == 0, ioctl(master, Self.getNumber, &number) == 0 else {
            throw Failed(description: "could not open a pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        let slavePath = "/dev/pts/\(number)"
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opened after setsid, so the pty becomes the controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        switch Spawn.start(arguments[0], argv: arguments, environment: environment, actions: &actions, group: .ownSession) {
        case .success(let child): pid = child
        case .failure(let failure):
            close(master)
            throw Failed(description: "could not start \(arguments[0]): \(failure.errno)")
        }
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(master)
    }

    /// Everything the program wrote so far, as text (escape sequences and all).
    public var outputText: String { String(decoding: output, as: UTF8.self) }

    /// Writes bytes to the program's input in one write, as one read on its side.
    public func send(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written <= 0 { return }
            offset += written
        }
    }

    public func send(_ text: String) { send(Array(text.utf8)) }

    /// Sends each chunk in its own write with a pause after it, as a slow link delivers them.
    public func sendSlowly(_ chunks: [[UInt8]], pause: Double) {
        for chunk in chunks {
            send(chunk)
            wait(seconds: pause)
        }
    }

    /// Waits until the output contains `text`; false when the time ran out.
    @discardableResult
    public func waitForOutput(_ text: String, timeout: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while !outputText.contains(text) {
            if Date() >= deadline || exitStatus != nil { return outputText.contains(text) }
            pump(until: min(deadline, Date().addingTimeInterval(0.05)))
        }
        return true
    }

    /// Waits for the program to end; its exit status (128 + n for signal n), or nil on timeout.
    public func waitForExit(timeout: Double = 10) -> Int32? {
        pump(until: Date().addingTimeInterval(timeout), stopAtExit: true)
        return exitStatus
    }

    /// Keeps reading the output for a while.
    public func wait(seconds: Double) { pump(until: Date().addingTimeInterval(seconds)) }

    private func pump(until deadline: Date, stopAtExit: Bool = false) {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        repeat {
            reapIfExited()
            if stopAtExit, exitStatus != nil { return }
            var fds = [pollfd(fd: master, events: Int16(POLLIN), revents: 0)]
            let millis = Int32(max(0, min(50, deadline.timeIntervalSinceNow * 1000)))
            if poll(&fds, 1, millis) > 0 {
                let count = read(master, &buffer, buffer.count)
                if count > 0 { output += buffer[..<count] } else { usleep(10_000) } // EIO once the program is gone
            }
        } while Date() < deadline
    }

    private func reapIfExited() {
        guard exitStatus == nil else { return }
        var status: Int32 = 0
        if waitpid(pid, &status, WNOHANG) == pid {
            exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        }
    }
}
