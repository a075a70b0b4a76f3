import Foundation
import TendProcess
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program to completion and collects what it printed.
public struct CommandResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

/// Runs programs with posix_spawn and waitpid. Output goes through temporary
/// files rather than pipes, so a program that leaves a daemon behind (tmux)
/// cannot hold the test open.
public enum CommandRunner {
    public struct SpawnFailed: Error, CustomStringConvertible {
        public var program: String
        public var code: Int32
        public var description: String { "could not start \(program): \(String(cString: strerror(code)))" }
    }

    /// Runs `arguments[0]` (a path, or a name looked up on PATH) with the rest
    /// as arguments; the environment is inherited unless given.
    public static func run(_ arguments: [String], environment: [String: String]? = nil,
                           input: String? = nil) throws -> CommandResult {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("tend-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let inPath = scratch.appendingPathComponent("in").path
        let outPath = scratch.appendingPathComponent("out").path
        let errPath = scratch.appendingPathComponent("err").path
        try Data((input ?? "").utf8).write(to: URL(fileURLWithPath: inPath))

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        let program = arguments[0].contains("/") ? arguments[0] : (which(arguments[0]) ?? arguments[0])
        let env = environment ?? ProcessInfo.processInfo.environment
        let pid: pid_t
        switch Spawn.start(program, argv: [program] + arguments.dropFirst(), environment: env, actions: &actions, group: .tends) {
        case .success(let started): pid = started
        case .failure(let failure): throw SpawnFailed(program: program, code: failure.errno)
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return CommandResult(status: exit,
                             stdout: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
                             stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
    }

    /// The full path of a program on PATH, if any.
    public static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

}
