import CNcursesw
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Signal handling for the full-screen session. Every signal whose default
/// action would end the process, or stop it, or that the screen must react
/// to, is caught while the screen is open, so none can leave the terminal
/// raw, on the alternate screen, with the cursor hidden.
///
/// - Ending signals (SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGPIPE, SIGUSR1…)
///   write their number to a self-pipe; the run loop polls it beside the
///   keyboard, leaves cleanly and the launcher re-raises the signal. If the
///   loop has not left within `graceSeconds` (it is busy), or a second one
///   comes, the handler restores the terminal itself and re-raises at once.
///   SIGQUIT is one of them, so Swift's crash reporter never takes the screen.
/// - SIGTSTP, SIGCONT and SIGWINCH go through the pipe too: the loop
///   suspends, resumes (turning its modes back on) and resizes.
/// - Fatal signals (a Swift trap raises SIGILL or SIGTRAP) cannot unwind, so
///   their handler restores the terminal with async-signal-safe calls only
///   (tcsetattr and write of a prepared reset string) and re-raises.
enum SignalTrap {
    nonisolated(unsafe) private static var readEnd: Int32 = -1
    nonisolated(unsafe) private static var writeEnd: Int32 = -1
    nonisolated(unsafe) private static var savedTermios = termios()
    nonisolated(unsafe) private static var hasSavedTermios = false
    /// The reset string, in memory that never moves while a handler may read it.
    private static let resetCapacity = 512
    nonisolated(unsafe) private static let resetBytes = UnsafeMutablePointer<UInt8>.allocate(capacity: 512)
    nonisolated(unsafe) private static var resetCount = 0
    /// The ending signal the loop has been told about and not yet acted on.
    nonisolated(unsafe) private static var pendingEnding: Int32 = 0
    nonisolated(unsafe) private static var previous: [Int32: sigaction] = [:]

    /// How long the loop has to leave after an ending signal before the
    /// handler leaves for it.
    static let graceSeconds: UInt32 = 1

    /// Signals whose default action ends the process and that can arrive at
    /// any moment; the loop handles them.
    static var endingSignals: [Int32] {
        [SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGPIPE, SIGALRM, SIGTERM, SIGSTKFLT,
         SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF, SIGIO, SIGPWR] + Array(__libc_current_sigrtmin()...__libc_current_sigrtmax())
    }
    /// Signals raised by the faulting instruction itself: no loop can run after them.
    static let fatalSignals: [Int32] = [SIGILL, SIGTRAP, SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGSYS]
    /// Signals the loop reacts to without ending.
    static let screenSignals: [Int32] = [SIGTSTP, SIGCONT, SIGWINCH]

    /// The read end of the self-pipe.
    static var readFD: Int32 { readEnd }

    /// Remembers the terminal modes as the shell left them; call before ncurses changes them.
    static func saveTerminalModes() {
        hasSavedTermios = tcgetattr(STDIN_FILENO, &savedTermios) == 0
    }

    /// Sets the string written to the terminal when a signal ends the app
    /// behind the loop's back (modes off, normal screen, cursor shown).
    static func setResetSequence(_ sequence: [UInt8]) {
        let count = min(sequence.count, resetCapacity)
        resetCount = 0
        for (index, byte) in sequence.prefix(count).enumerated() { resetBytes[index] = byte }
        resetCount = count
    }

    /// Catches every signal above. Call before ncurses starts, so that it
    /// leaves SIGTSTP, SIGWINCH, SIGINT and SIGTERM to us.
    static func install(resetSequence: [UInt8]) {
        setResetSequence(resetSequence)
        pendingEnding = 0
        var fds: [Int32] = [0, 0]
        if readEnd < 0, pipe(&fds) == 0 {
            for fd in fds {
                _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
                _ = fcntl(fd, F_SETFD, FD_CLOEXEC) // never inherited by notify, git or $EDITOR
            }
            readEnd = fds[0]; writeEnd = fds[1]
        }
        for sig in endingSignals { setHandler(sig, endingHandler) }
        for sig in fatalSignals { setHandler(sig, fatalHandler) }
        for sig in screenSignals { setHandler(sig, screenHandler) }
        // A parent may have left some blocked (threads of test runners and
        // some launchers do); resize, suspend and quitting depend on them.
        var mask = sigset_t()
        sigemptyset(&mask)
        for sig in endingSignals + fatalSignals + screenSignals { sigaddset(&mask, sig) }
        pthread_sigmask(SIG_UNBLOCK, &mask, nil)
    }

    /// Puts back the handlers that were there before (after the screen is closed).
    static func uninstall() {
        alarm(0)
        for (sig, var action) in previous { sigaction(sig, &action, nil) }
        previous = [:]
    }

    /// The signals waiting in the pipe, oldest first.
    static func takePendingSignals() -> [Int32] {
        var signals: [Int32] = []
        var byte: UInt8 = 0
        while read(readEnd, &byte, 1) == 1 { signals.append(Int32(byte)) }
        return signals
    }

    /// Stops the process as SIGTSTP would have, and returns once it is continued.
    static func stopUntilContinued() {
        signal(SIGTSTP, SIG_DFL)
        var mask = sigset_t()
        sigemptyset(&mask)
        sigaddset(&mask, SIGTSTP)
        pthread_sigmask(SIG_UNBLOCK, &mask, nil)
        raise(SIGTSTP)
        setHandler(SIGTSTP, screenHandler, remember: false)
    }

    // MARK: In the handlers: async-signal-safe calls only.

    private static let endingHandler: @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void = { sig, info, _ in
        // A write to a closed pipe (a helper program that quit early) fails
        // with EPIPE where it happened; only a SIGPIPE sent on purpose ends Tend.
        if sig == SIGPIPE, isOwnBrokenPipe(info) { return }
        if SignalTrap.pendingEnding != 0 { SignalTrap.leaveNow(SignalTrap.pendingEnding) }
        SignalTrap.pendingEnding = sig
        SignalTrap.notifyLoop(sig)
        // Ctrl-C waits for the loop as long as it takes (a second Ctrl-C does not).
        if sig != SIGINT { alarm(SignalTrap.graceSeconds) }
    }

    /// True for a SIGPIPE the kernel raised because this process wrote to a
    /// closed pipe (the write fails with EPIPE and says so), not one sent with kill.
    private static func isOwnBrokenPipe(_ info: UnsafeMutablePointer<siginfo_t>?) -> Bool {
        guard let info else { return false }
        return info.pointee.si_code == SI_USER && info.pointee._sifields._kill.si_pid == getpid()
    }

    private static let screenHandler: @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void = { sig, _, _ in
        SignalTrap.notifyLoop(sig)
    }

    private static let fatalHandler: @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void = { sig, _, _ in
        SignalTrap.restoreTerminalFromSignal()
        signal(sig, SIG_DFL)
        raise(sig)
    }

    private static func notifyLoop(_ sig: Int32) {
        let saved = errno
        var byte = UInt8(truncatingIfNeeded: sig)
        _ = write(writeEnd, &byte, 1)
        errno = saved
    }

    /// The loop did not get there in time: give the terminal back and end now.
    private static func leaveNow(_ sig: Int32) {
        restoreTerminalFromSignal()
        signal(sig, SIG_DFL)
        var mask = sigset_t()
        sigemptyset(&mask)
        sigaddset(&mask, sig)
        pthread_sigmask(SIG_UNBLOCK, &mask, nil)
        raise(sig)
        _exit(128 + sig)
    }

    private static func restoreTerminalFromSignal() {
        if hasSavedTermios { tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTermios) }
        _ = write(STDOUT_FILENO, resetBytes, resetCount)
    }

    private static func setHandler(
        _ sig: Int32,
        _ handler: @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void,
        remember: Bool = true
    ) {
        var action = sigaction()
        action.__sigaction_handler.sa_sigaction = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_SIGINFO // no SA_RESTART: poll must wake up
        var old = sigaction()
        sigaction(sig, &action, &old)
        if remember, previous[sig] == nil { previous[sig] = old }
    }
}
