import Foundation
import TendProcess
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Starts a program with posix_spawn (never through a shell, so nothing in
/// its arguments can run anything), feeds its standard input, collects what
/// it prints, and stops it at its time limit.
///
/// The program gets its own process group, so a timeout stops it and its
/// children together, and no signal meant for Tend's terminal reaches it.
/// Waiting ends when the program exits, not when its output closes: a
/// clipboard tool that leaves a helper behind to serve the selection keeps
/// the pipes open, and must not hold Tend up.
public enum ProcessRunner {
    /// The most of each output stream kept (its end, where errors usually are).
    public static let outputLimit = 16 * 1024

    public static func run(_ request: ProcessRequest) -> ProcessOutcome {
        guard let name = request.arguments.first else { return .notFound("") }
        // A path that exists but cannot run is left to posix_spawn, which says why (permission denied…).
        let existing = name.includes("/") && FileManager.default.fileExists(atPath: name) ? name : nil
        guard let program = ExecutableSearch.find(name, environment: request.environment) ?? existing else { return .notFound(name) }
        // A program that closes its input early must not kill Tend with SIGPIPE.
        let previousPipeHandler = signal(SIGPIPE, SIG_IGN)
        defer { signal(SIGPIPE, previousPipeHandler) }

        var input: [Int32] = [-1, -1], output: [Int32] = [-1, -1], errors: [Int32] = [-1, -1]
        guard makePipe(&output), makePipe(&errors), request.input == nil || makePipe(&input) else {
            let code = errno
            for fd in input + output + errors where fd >= 0 { close(fd) }
            return .couldNotStart(program: program, errno: code)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if request.input != nil {
            posix_spawn_file_actions_adddup2(&actions, input[0], 0)
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        posix_spawn_file_actions_adddup2(&actions, output[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errors[1], 2)

        let started = Spawn.start(program, argv: [program] + request.arguments.dropFirst(), environment: request.environment,
                                  actions: &actions, group: .own)
        // The child's ends belong to the child now.
        for fd in [input[0], output[1], errors[1]] where fd >= 0 { close(fd) }
        let pid: pid_t
        switch started {
        case .success(let child): pid = child
        case .failure(let failure):
            for fd in [input[1], output[0], errors[0]] where fd >= 0 { close(fd) }
            return .couldNotStart(program: program, errno: failure.errno)
        }
        var session = Session(pid: pid, input: request.input.map { ($0, input[1]) }, output: output[0], errors: errors[0])
        return session.wait(limit: request.timeLimit, leavesRunning: request.leavesRunningAfterLimit)
    }

    private static func makePipe(_ fds: inout [Int32]) -> Bool {
        // pipe2 is not in Swift's Glibc; the flag is set straight after.
        guard fds.withUnsafeMutableBufferPointer({ pipe($0.baseAddress!) }) == 0 else { return false }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return true
    }

}

/// The parent's side of one running program.
private struct Session {
    let pid: pid_t
    var pendingInput: [UInt8]
    var inputFD: Int32
    var outputFD: Int32
    var errorFD: Int32
    var stdout: [UInt8] = []
    var stderr: [UInt8] = []

    init(pid: pid_t, input: ([UInt8], Int32)?, output: Int32, errors: Int32) {
        self.pid = pid
        pendingInput = input?.0 ?? []
        inputFD = input?.1 ?? -1
        outputFD = output
        errorFD = errors
        for fd in [inputFD, outputFD, errorFD] where fd >= 0 { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
        if inputFD >= 0, pendingInput.isEmpty { closeInput() }
    }

    mutating func wait(limit: Double, leavesRunning: Bool) -> ProcessOutcome {
        let deadline = MonotonicClock.seconds() + max(0, limit)
        while true {
            if let status = reap(blocking: false) { return finish(status) }
            let left = deadline - MonotonicClock.seconds()
            if left <= 0 { break }
            pump(timeout: min(left, 0.05))
        }
        if leavesRunning {
            closeAll()
            let pid = self.pid
            // Reaped whenever it ends, so it never lingers as a zombie.
            Self.reapWhenDone(pid)
            return .leftRunning
        }
        kill(-pid, SIGTERM)
        let grace = MonotonicClock.seconds() + 1
        while MonotonicClock.seconds() < grace {
            if reap(blocking: false) != nil { return stopped() }
            pump(timeout: 0.05)
        }
        kill(-pid, SIGKILL)
        _ = reap(blocking: true)
        return stopped()
    }

    private mutating func stopped() -> ProcessOutcome {
        drain()
        closeAll()
        return .timedOut(stderr: stderr)
    }

    private mutating func finish(_ status: Int32) -> ProcessOutcome {
        drain()
        closeAll()
        if status & 0x7F == 0 { return .exited(status: (status >> 8) & 0xFF, stdout: stdout, stderr: stderr) }
        return .signalled(status & 0x7F, stderr: stderr)
    }

    /// Waits up to `timeout` seconds for the pipes, then moves what is ready.
    private mutating func pump(timeout: Double) {
        var fds: [pollfd] = []
        if inputFD >= 0 { fds.append(pollfd(fd: inputFD, events: Int16(POLLOUT), revents: 0)) }
        if outputFD >= 0 { fds.append(pollfd(fd: outputFD, events: Int16(POLLIN), revents: 0)) }
        if errorFD >= 0 { fds.append(pollfd(fd: errorFD, events: Int16(POLLIN), revents: 0)) }
        guard !fds.isEmpty else {
            usleep(UInt32(timeout * 1_000_000))
            return
        }
        _ = poll(&fds, nfds_t(fds.count), Int32(timeout * 1000))
        writeInput()
        drain()
    }

    private mutating func writeInput() {
        guard inputFD >= 0 else { return }
        let written = pendingInput.withUnsafeBytes { write(inputFD, $0.baseAddress, $0.count) }
        if written > 0 { pendingInput.removeFirst(written) }
        if pendingInput.isEmpty || (written < 0 && errno != EAGAIN && errno != EINTR) { closeInput() }
    }

    /// Reads whatever the pipes hold now, without waiting.
    private mutating func drain() {
        Self.read(&outputFD, into: &stdout)
        Self.read(&errorFD, into: &stderr)
    }

    private static func read(_ fd: inout Int32, into buffer: inout [UInt8]) {
        guard fd >= 0 else { return }
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count > 0 {
                buffer.append(contentsOf: chunk[0..<count])
                if buffer.count > ProcessRunner.outputLimit { buffer.removeFirst(buffer.count - ProcessRunner.outputLimit) }
                continue
            }
            if count < 0, errno == EINTR { continue }
            if count == 0 { close(fd); fd = -1 }
            return
        }
    }

    private mutating func reap(blocking: Bool) -> Int32? {
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, blocking ? 0 : WNOHANG)
            if result == pid { return status }
            if result == -1, errno == EINTR { continue }
            return nil
        }
    }

    private mutating func closeInput() {
        if inputFD >= 0 { close(inputFD) }
        inputFD = -1
    }

    private mutating func closeAll() {
        closeInput()
        for fd in [outputFD, errorFD] where fd >= 0 { close(fd) }
        outputFD = -1
        errorFD = -1
    }


    /// Reaps `pid` on a thread of its own whenever it ends, so it never
    /// lingers as a zombie (a plain pthread: Foundation's Thread links ICU).
    private static func reapWhenDone(_ pid: pid_t) {
        var thread = pthread_t()
        let started = pthread_create(&thread, nil, { argument in
            let pid = pid_t(truncatingIfNeeded: Int(bitPattern: argument))
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1, errno == EINTR {}
            return nil
        }, UnsafeMutableRawPointer(bitPattern: Int(pid)))
        if started == 0 { pthread_detach(thread) }
    }
}
