#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ctrl-C (or SIGTERM, or a closed terminal) during `tend sync`: a fetch or
/// push under way is stopped at once, since stopping them is harmless; a
/// local step (a commit, a merge) is let finish, so the folder is never left
/// half merged. The sync then ends at the next step with `.interrupted`.
public enum SyncInterruption {
    nonisolated(unsafe) private static var requested: sig_atomic_t = 0
    /// The process group of a fetch or push under way, 0 when there is none.
    nonisolated(unsafe) private static var networkChild: pid_t = 0

    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Installs the handlers; only `tend sync` itself calls this.
    public static func install() {
        for number in signals {
            var action = sigaction()
            #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = { _ in
                SyncInterruption.requested = 1
                let child = SyncInterruption.networkChild
                if child > 0 { kill(-child, SIGTERM) }
            }
            #else
            action.__sigaction_u.__sa_handler = { _ in
                SyncInterruption.requested = 1
                let child = SyncInterruption.networkChild
                if child > 0 { kill(-child, SIGTERM) }
            }
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_RESTART
            sigaction(number, &action, nil)
        }
    }

    static var isRequested: Bool { requested != 0 }

    /// Marks `pid` as the network step a signal may stop, for the length of `body`.
    static func whileNetworking<T>(_ pid: pid_t, _ body: () -> T) -> T {
        networkChild = pid
        // A signal that came just before the child started still stops it.
        if isRequested { kill(-pid, SIGTERM) }
        defer { networkChild = 0 }
        return body()
    }
}
