#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Removes the temp file `AtomicFileWriter` is writing when SIGINT, SIGTERM
/// or SIGHUP ends the process mid-write, then lets the signal end it as it
/// would have: a stopped `tend import` leaves no stray temp file behind.
/// (SIGKILL cannot be caught; `tend doctor` reports what it leaves.)
///
/// Only commands that own the whole process install it; the full-screen app
/// has its own signal handling and never does.
public enum TempFileCleanup {
    private nonisolated(unsafe) static var installed = false

    /// Installs the handlers. Call once, early, from a command.
    public static func install() {
        guard !installed else { return }
        installed = true
        for number in [SIGINT, SIGTERM, SIGHUP] {
            var action = sigaction()
            #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = cleanUpAndResignal
            #else
            action.__sigaction_u.__sa_handler = cleanUpAndResignal
            #endif
            sigemptyset(&action.sa_mask)
            sigaction(number, &action, nil)
        }
    }

    /// The temp file being written is `path` until `disarm()`.
    static func arm(_ path: String) {
        guard installed else { return }
        pendingArmed = 0
        let bytes = Array(path.utf8.prefix(pendingCapacity - 1))
        for (index, byte) in bytes.enumerated() { pendingPath[index] = CChar(bitPattern: byte) }
        pendingPath[bytes.count] = 0
        pendingArmed = 1
    }

    static func disarm() {
        pendingArmed = 0
    }
}

private let pendingCapacity = 4096
/// Written before `pendingArmed` is set and read only by the handler:
/// plain memory, because a signal handler may touch nothing else.
private nonisolated(unsafe) let pendingPath: UnsafeMutablePointer<CChar> = {
    let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: pendingCapacity)
    buffer.initialize(repeating: 0, count: pendingCapacity)
    return buffer
}()
private nonisolated(unsafe) var pendingArmed: sig_atomic_t = 0

/// Async-signal-safe: unlink, signal and raise only.
private func cleanUpAndResignal(_ number: Int32) {
    if pendingArmed != 0 { unlink(pendingPath) }
    _ = signal(number, SIG_DFL)
    raise(number)
}
