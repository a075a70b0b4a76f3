import CNcursesw
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ctrl-C as a key. While the full screen is open the terminal's interrupt
/// character is switched off, so Ctrl-C reaches the app as `.control("c")`
/// and a screen with words on it can ask before leaving (as Esc does).
/// SIGINT sent from elsewhere still ends the session, and ncurses gives the
/// shell its own settings back on close, on suspend and after a crash.
enum InterruptKey {
    /// Call once the terminal is in the program's modes (after `cbreak`).
    static func readAsKey() {
        var modes = termios()
        guard tcgetattr(STDIN_FILENO, &modes) == 0 else { return }
        // _POSIX_VDISABLE is 0 on Linux: no character interrupts.
        withUnsafeMutableBytes(of: &modes.c_cc) { $0[Int(VINTR)] = 0 }
        guard tcsetattr(STDIN_FILENO, TCSANOW, &modes) == 0 else { return }
        // What ncurses restores on resume after Ctrl-Z.
        def_prog_mode()
    }
}
