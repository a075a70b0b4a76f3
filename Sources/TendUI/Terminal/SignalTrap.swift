import Glibc

/// Signal handling for the full-screen session.
///
/// SIGINT, SIGTERM and SIGHUP write their number to a self-pipe; the run loop
/// polls that pipe beside the keyboard, leaves cleanly and then re-raises.
/// Fatal signals (a Swift trap raises SIGILL or SIGTRAP) cannot unwind, so
/// their handler restores the terminal with async-signal-safe calls only
/// (tcsetattr and write of a prepared reset string) and re-raises.
enum SignalTrap {
    nonisolated(unsafe) private static var pipeFDs: [Int32] = [-1, -1]
    nonisolated(unsafe) private static var savedTermios = termios()
    nonisolated(unsafe) private static var resetBytes: [UInt8] = []

    static let endingSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    static let fatalSignals: [Int32] = [SIGILL, SIGTRAP, SIGSEGV, SIGABRT, SIGBUS, SIGFPE]

    /// The read end of the self-pipe.
    static var readFD: Int32 { pipeFDs[0] }

    /// Remembers the terminal modes as the shell left them; call before ncurses changes them.
    static func saveTerminalModes() {
        tcgetattr(STDIN_FILENO, &savedTermios)
    }

    static func install(resetSequence: String) {
        resetBytes = Array(resetSequence.utf8)
        // A parent may have left these blocked (threads of test runners and
        // some launchers do); resize, suspend and quitting depend on them.
        var mask = sigset_t()
        sigemptyset(&mask)
        for sig in endingSignals + fatalSignals + [SIGWINCH, SIGTSTP, SIGCONT] { sigaddset(&mask, sig) }
        sigprocmask(SIG_UNBLOCK, &mask, nil)
        var fds: [Int32] = [0, 0]
        if pipe(&fds) == 0 {
            for fd in fds { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
            pipeFDs = fds
        }
        for sig in endingSignals { setHandler(sig) { sig in
            var byte = UInt8(truncatingIfNeeded: sig)
            _ = write(SignalTrap.pipeFDs[1], &byte, 1)
        } }
        for sig in fatalSignals { setHandler(sig) { sig in
            SignalTrap.restoreTerminalFromSignal()
            signal(sig, SIG_DFL)
            raise(sig)
        } }
    }

    /// Puts the default handlers back (after the screen is closed).
    static func uninstall() {
        for sig in endingSignals + fatalSignals { signal(sig, SIG_DFL) }
    }

    /// The signal waiting in the pipe, if any.
    static func takePendingSignal() -> Int32? {
        var byte: UInt8 = 0
        return read(pipeFDs[0], &byte, 1) == 1 ? Int32(byte) : nil
    }

    private static func restoreTerminalFromSignal() {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTermios)
        resetBytes.withUnsafeBytes { _ = write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }

    private static func setHandler(_ sig: Int32, _ handler: @convention(c) (Int32) -> Void) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0 // no SA_RESTART: poll must wake up
        sigaction(sig, &action, nil)
    }
}
