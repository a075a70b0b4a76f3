import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Opens the user's editor on a private file holding `text` and hands back
/// what they wrote. The editor is started with posix_spawn (no shell), on
/// Tend's own terminal and in its process group, so it can read the keys;
/// there is no time limit, since a person is writing. Tend ignores Ctrl-C
/// and Ctrl-\ meanwhile, as git does, so they reach only the editor. The
/// caller hands the terminal over first (curses suspended) and back after.
public enum EditorLauncher {
    public static func edit(_ text: String, environment: [String: String]) -> EditorOutcome {
        let arguments = EditorCommand.arguments(environment: environment)
        let name = arguments[0]
        guard let program = ExecutableSearch.find(name, environment: environment) else { return .notFound(name) }
        let file: EditorFile
        switch EditorFile.make(holding: text, environment: environment) {
        case .success(let made): file = made
        case .failure(let error): return .fileTrouble(error.reason)
        }
        defer { file.remove() }
        let status: Int32?
        switch run([program] + arguments.dropFirst() + [file.path], environment: environment) {
        case .success(let ended): status = ended
        case .failure(let error): return .couldNotStart(program: name, reason: error.reason)
        }
        guard status == 0 else { return .failed(program: name, status: status) }
        switch file.read() {
        case .success(let written): return .edited(written)
        case .failure(let error): return .fileTrouble(error.reason)
        }
    }

    /// The exit status (nil when a signal ended it), or why it could not start.
    private static func run(_ argv: [String], environment: [String: String]) -> Result<Int32?, EditorError> {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t(), allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var ignore = sigaction(), oldInterrupt = sigaction(), oldQuit = sigaction()
        ignore.__sigaction_handler.sa_handler = SIG_IGN
        sigaction(SIGINT, &ignore, &oldInterrupt)
        sigaction(SIGQUIT, &ignore, &oldQuit)
        defer {
            sigaction(SIGINT, &oldInterrupt, nil)
            sigaction(SIGQUIT, &oldQuit, nil)
        }
        let env = environment.map { "\($0.key)=\($0.value)" }.sorted()
        var pid: pid_t = 0
        var code: Int32 = 0
        // "Text file busy": a script being written, or held open by a fork meanwhile; a moment later it runs.
        for attempt in 0..<5 {
            code = withCStrings(argv) { args in
                withCStrings(env) { envp in posix_spawn(&pid, argv[0], nil, &attributes, args, envp) }
            }
            guard code == ETXTBSY, attempt < 4 else { break }
            usleep(20_000)
        }
        guard code == 0 else { return .failure(EditorError(errno: code)) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { return .success(nil) }
        }
        return .success(status & 0x7F == 0 ? (status >> 8) & 0xFF : nil)
    }

    private static func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
        var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
        pointers.append(nil)
        defer { pointers.forEach { free($0) } }
        return body(pointers)
    }
}
