#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way Tend starts another program: posix_spawn, never a shell,
/// with signals as a fresh program expects them (none blocked, each at its
/// default), and a few tries on "text file busy" (a program being written,
/// or held open by a fork meanwhile, runs a moment later). Every runner
/// (sending, sync and import, notifications, the editor) starts through it.
public enum Spawn {
    /// Where the child stands among Tend's processes.
    public enum Group: Sendable {
        /// In Tend's own process group and session: an editor on Tend's terminal.
        case tends
        /// A process group of its own, so a time limit can stop it and all it started.
        case own
        /// A session of its own: no controlling terminal, so a program that
        /// asks for a password fails instead of reading keys meant for Tend.
        case ownSession
    }

    /// The child's pid, or why posix_spawn refused.
    public static func start(_ program: String, argv: [String], environment: [String: String],
                             actions: UnsafePointer<posix_spawn_file_actions_t>?, group: Group) -> Result<pid_t, SpawnFailure> {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t(), allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        var flags = Int32(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF)
        switch group {
        case .tends: break
        case .own:
            posix_spawnattr_setpgroup(&attributes, 0)
            flags |= Int32(POSIX_SPAWN_SETPGROUP)
        case .ownSession: flags |= startsNewSession
        }
        posix_spawnattr_setflags(&attributes, Int16(flags))

        let env = environment.map { "\($0.key)=\($0.value)" }.sorted()
        var pid: pid_t = 0
        var code: Int32 = 0
        for attempt in 0..<5 {
            code = withCStrings(argv) { args in
                withCStrings(env) { envp in posix_spawn(&pid, program, actions, &attributes, args, envp) }
            }
            guard code == ETXTBSY, attempt < 4 else { break }
            usleep(20_000)
        }
        return code == 0 ? .success(pid) : .failure(SpawnFailure(errno: code))
    }

    /// glibc's POSIX_SPAWN_SETSID (2.26 and later), which Swift's Glibc module does not export.
    #if os(Linux)
    private static let startsNewSession: Int32 = 0x80
    #else
    private static let startsNewSession = Int32(POSIX_SPAWN_SETSID)
    #endif

    private static func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
        var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
        pointers.append(nil)
        defer { pointers.forEach { free($0) } }
        return body(pointers)
    }
}

/// posix_spawn's errno, when the program could not be started.
public struct SpawnFailure: Error, Sendable {
    public let errno: Int32
}
