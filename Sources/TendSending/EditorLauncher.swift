import Foundation
import TendProcess
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
        var ignore = sigaction(), oldInterrupt = sigaction(), oldQuit = sigaction()
        ignore.__sigaction_handler.sa_handler = SIG_IGN
        sigaction(SIGINT, &ignore, &oldInterrupt)
        sigaction(SIGQUIT, &ignore, &oldQuit)
        defer {
            sigaction(SIGINT, &oldInterrupt, nil)
            sigaction(SIGQUIT, &oldQuit, nil)
        }
        let pid: pid_t
        switch Spawn.start(argv[0], argv: argv, environment: environment, actions: nil, group: .tends) {
        case .success(let started): pid = started
        case .failure(let failure): return .failure(EditorError(errno: failure.errno))
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { return .success(nil) }
        }
        return .success(status & 0x7F == 0 ? (status >> 8) & 0xFF : nil)
    }
}
