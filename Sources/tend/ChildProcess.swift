import Foundation
import TendProcess
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TendCore

/// Runs another program the way Tend always does: argv through posix_spawn,
/// never a shell, with a time limit, in its own process group (so a timeout
/// also stops what it started), stdin and stdout on /dev/null, and the first
/// few KB of its stderr kept to explain a failure.
struct ChildProcess {
    /// How it ended.
    enum Outcome: Equatable {
        case exited(status: Int32, stderr: String)
        case killed(signal: Int32, stderr: String)
        /// Still running at the time limit; it was stopped.
        case timedOut(seconds: Double)
        /// It never started (not found, not executable…).
        case couldNotStart(program: String, reason: String)

        var succeeded: Bool {
            if case .exited(0, _) = self { return true }
            return false
        }

        /// Why it failed, in a few safe words: "exited with status 1: cannot open display".
        var failure: String {
            func said(_ stderr: String) -> String {
                let first = stderr.split(whereSeparator: \.isNewline).first { !$0.trimmed().isEmpty }
                guard let first else { return "" }
                let line = SafeText.line(String(first)).trimmed()
                return ": " + (line.count > 200 ? String(line.prefix(200)) + "…" : line)
            }
            switch self {
            case .exited(let status, let stderr): return "exited with status \(status)\(said(stderr))"
            case .killed(let signal, let stderr): return "was ended by signal \(signal)\(said(stderr))"
            case .timedOut(let seconds): return "was still running after \(Int(seconds)) seconds and was stopped"
            case .couldNotStart(let program, let reason): return "could not be started (\(SafeText.line(program)): \(reason))"
            }
        }
    }

    var arguments: [String]
    var timeLimit: Double

    /// The most stderr kept.
    static let stderrLimit = 4096

    func run() -> Outcome {
        guard let name = arguments.first, !name.isEmpty else {
            return .couldNotStart(program: "", reason: "the command is empty")
        }
        guard let program = ExecutableSearch.find(name, environment: ProcessInfo.processInfo.environment) else {
            return .couldNotStart(program: name, reason: "no such program on PATH")
        }
        var pipeFDs: [Int32] = [-1, -1]
        guard pipe(&pipeFDs) == 0 else { return .couldNotStart(program: name, reason: String(cString: strerror(errno))) }
        let (readEnd, writeEnd) = (pipeFDs[0], pipeFDs[1])
        _ = fcntl(readEnd, F_SETFD, FD_CLOEXEC)
        _ = fcntl(readEnd, F_SETFL, fcntl(readEnd, F_GETFL) | O_NONBLOCK)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, writeEnd, 2)
        posix_spawn_file_actions_addclose(&actions, writeEnd)

        let started = Spawn.start(program, argv: [program] + arguments.dropFirst(), environment: ProcessInfo.processInfo.environment,
                                  actions: &actions, group: .own)
        close(writeEnd)
        defer { close(readEnd) }
        switch started {
        case .success(let pid): return wait(for: pid, reading: readEnd)
        case .failure(let failure): return .couldNotStart(program: name, reason: String(cString: strerror(failure.errno)))
        }
    }

    /// Collects stderr until the child ends or the time runs out.
    private func wait(for pid: pid_t, reading fd: Int32) -> Outcome {
        var stderr: [UInt8] = []
        let deadline = MonotonicClock.seconds() + timeLimit
        var status: Int32 = 0
        while true {
            drain(fd, into: &stderr)
            let finished = waitpid(pid, &status, WNOHANG)
            if finished == pid { break }
            if finished == -1, errno != EINTR { return .exited(status: 127, stderr: "") }
            let left = deadline - MonotonicClock.seconds()
            if left <= 0 {
                kill(-pid, SIGKILL)
                while waitpid(pid, &status, 0) == -1, errno == EINTR {}
                return .timedOut(seconds: timeLimit)
            }
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            // A short nap at most: a child that left a helper holding stderr still gets noticed.
            _ = poll(&poller, 1, Int32(min(50, max(1, left * 1000))))
        }
        drain(fd, into: &stderr)
        let text = String(decoding: stderr, as: UTF8.self)
        if (status & 0x7F) == 0 { return .exited(status: (status >> 8) & 0xFF, stderr: text) }
        return .killed(signal: status & 0x7F, stderr: text)
    }

    private func drain(_ fd: Int32, into buffer: inout [UInt8]) {
        var chunk = [UInt8](repeating: 0, count: 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count <= 0 { return }
            if buffer.count < Self.stderrLimit { buffer += chunk.prefix(min(count, Self.stderrLimit - buffer.count)) }
        }
    }

}
