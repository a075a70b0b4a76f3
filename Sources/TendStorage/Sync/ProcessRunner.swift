import Foundation
import TendProcess
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Starts other programs the one safe way: argv through `posix_spawn`, never
/// a shell, so nothing a user wrote can become a command. Each child gets
/// `/dev/null` for input (or the bytes it is given, through a pipe), pipes for output, default signals, a session of
/// its own (no controlling terminal: a program that wants a password fails
/// instead of reading keys meant for Tend) and a time limit, after which
/// its whole process group is stopped. Output is bytes: callers pass stderr
/// through `SafeText` before anyone sees it.
public enum ProcessRunner {
    /// What a finished child left behind.
    public struct Output: Sendable {
        /// The exit status, or 128 + the signal that ended it.
        public var status: Int32
        public var stdout: [UInt8]
        public var stderr: [UInt8]
        /// True when the time limit ran out and the child was stopped.
        public var timedOut: Bool

        public init(status: Int32, stdout: [UInt8] = [], stderr: [UInt8] = [], timedOut: Bool = false) {
            self.status = status; self.stdout = stdout; self.stderr = stderr; self.timedOut = timedOut
        }

        public var succeeded: Bool { status == 0 && !timedOut }
        public var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
        public var stderrText: String { String(decoding: stderr, as: UTF8.self) }
    }

    /// Why a child could not be started.
    public enum Failure: Error, Hashable, Sendable {
        /// `name` is on no folder of PATH.
        case notFound(name: String)
        /// posix_spawn (or a pipe) failed with `errno`.
        case cannotStart(program: String, errno: Int32)
    }

    /// Each stream keeps at most this much unless told otherwise; a runaway child cannot fill memory.
    public static let outputLimit = 64 << 20

    /// The full path of `name`: itself when it holds a slash, else the first
    /// executable of that name on `searchPath` (a PATH value).
    public static func find(_ name: String, searchPath: String?) -> String? {
        ExecutableSearch.find(name, environment: ["PATH": searchPath ?? "/usr/bin:/bin"])
    }

    /// Runs `arguments` (the first is the program, a path or a name looked
    /// up on the environment's PATH) to the end or to `timeLimit` seconds.
    /// With `input`, the child reads those bytes on its standard input
    /// (then end of file): how a secret reaches `age` without touching a disk.
    /// Each output stream keeps at most `outputLimit` bytes.
    public static func run(_ arguments: [String], environment: [String: String],
                           timeLimit: Double, input: [UInt8]? = nil, outputLimit: Int = outputLimit) throws(Failure) -> Output {
        try start(arguments, environment: environment, timeLimit: timeLimit, input: input, outputLimit: outputLimit).wait()
    }

    /// Starts `arguments` and returns at once; `poll()` or `wait()` collect it.
    public static func start(_ arguments: [String], environment: [String: String],
                             timeLimit: Double, input: [UInt8]? = nil, outputLimit: Int = outputLimit) throws(Failure) -> Running {
        guard let name = arguments.first else { throw .notFound(name: "") }
        guard let program = find(name, searchPath: environment["PATH"]) else { throw .notFound(name: name) }
        var outPipe: [Int32] = [-1, -1], errPipe: [Int32] = [-1, -1], inPipe: [Int32] = [-1, -1]
        guard makePipe(&outPipe) else { throw .cannotStart(program: program, errno: errno) }
        guard makePipe(&errPipe), input == nil || makePipe(&inPipe) else {
            let code = errno
            (outPipe + errPipe + inPipe).filter { $0 >= 0 }.forEach { close($0) }
            throw .cannotStart(program: program, errno: code)
        }
        let pid: pid_t
        do {
            pid = try spawn(program, arguments: Array(arguments.dropFirst()), environment: environment,
                            stdin: input == nil ? nil : inPipe[0], stdout: outPipe[1], stderr: errPipe[1])
        } catch {
            (outPipe + errPipe + inPipe).filter { $0 >= 0 }.forEach { close($0) }
            throw error
        }
        close(outPipe[1])
        close(errPipe[1])
        if inPipe[0] >= 0 { close(inPipe[0]) }
        return Running(pid: pid, stdout: outPipe[0], stderr: errPipe[0], input: input.map { ($0, inPipe[1]) },
                       timeLimit: timeLimit, outputLimit: outputLimit)
    }

    /// Starts `arguments` with all output thrown away and forgets it: for
    /// work that must outlive Tend (the sync on quit). Its own session keeps
    /// it alive when the terminal closes.
    public static func detach(_ arguments: [String], environment: [String: String]) throws(Failure) {
        guard let name = arguments.first else { throw .notFound(name: "") }
        guard let program = find(name, searchPath: environment["PATH"]) else { throw .notFound(name: name) }
        _ = try spawn(program, arguments: Array(arguments.dropFirst()), environment: environment, stdin: nil, stdout: nil, stderr: nil)
    }

    /// A started child. Not thread-safe: one owner polls it.
    public final class Running {
        public let pid: pid_t
        private var fds: [Int32]
        private var buffers: [[UInt8]] = [[], []]
        private let deadline: Double
        private let outputLimit: Int
        private var stopSignalSentAt: Double?
        private var result: Output?
        private var isAbandoned = false
        /// The write end of the child's standard input, while bytes remain for it.
        private var inputFD: Int32 = -1
        private var pendingInput: [UInt8] = []
        /// How much of `pendingInput` is written: an offset, so a large input is never copied or shifted.
        private var inputWritten = 0

        init(pid: pid_t, stdout: Int32, stderr: Int32, input: ([UInt8], Int32)? = nil, timeLimit: Double,
             outputLimit: Int = ProcessRunner.outputLimit) {
            self.pid = pid
            self.outputLimit = outputLimit
            fds = [stdout, stderr]
            for fd in fds { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
            if let (bytes, fd) = input {
                inputFD = fd
                pendingInput = bytes
                _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            }
            deadline = MonotonicClock.seconds() + max(0, timeLimit)
            feedInput()
        }

        /// Writes what the pipe takes now; closes it once all is written (or
        /// the child stopped reading), so the child sees the end.
        private func feedInput() {
            guard inputFD >= 0 else { return }
            // A child that closes its input early must not end Tend with SIGPIPE.
            let previous = signal(SIGPIPE, SIG_IGN)
            defer { signal(SIGPIPE, previous) }
            while inputWritten < pendingInput.count {
                let written = pendingInput.withUnsafeBytes { write(inputFD, $0.baseAddress! + inputWritten, $0.count - inputWritten) }
                if written > 0 { inputWritten += written; continue }
                if written < 0, errno == EINTR { continue }
                if written < 0, errno == EAGAIN || errno == EWOULDBLOCK { return }
                break
            }
            close(inputFD)
            inputFD = -1
            pendingInput = []
            inputWritten = 0
        }

        deinit {
            // An owner that lets go early: stop the child and reap it, leaving no zombie.
            if result == nil, !isAbandoned {
                kill(-pid, SIGKILL)
                var status: Int32 = 0
                while waitpid(pid, &status, 0) == -1, errno == EINTR {}
            }
            for fd in fds where fd >= 0 { close(fd) }
            if inputFD >= 0 { close(inputFD) }
        }

        /// Lets the child run on alone, unwatched and never stopped (a sync
        /// still at work when the app quits must not be cut off mid-merge).
        /// Its output is no longer read; a child that writes after this may get SIGPIPE.
        public func abandon() {
            guard result == nil else { return }
            isAbandoned = true
            if inputFD >= 0 { close(inputFD) }
            inputFD = -1
            for index in fds.indices where fds[index] >= 0 {
                close(fds[index])
                fds[index] = -1
            }
        }

        /// Reads what is ready and returns the output once the child has
        /// ended (nil while it runs). Never blocks.
        public func poll() -> Output? {
            step(waitMilliseconds: 0)
        }

        /// Waits for the end (or the time limit) and returns the output.
        public func wait() -> Output {
            while true {
                if let output = step(waitMilliseconds: 50) { return output }
            }
        }

        private func step(waitMilliseconds: Int32) -> Output? {
            if let result { return result }
            if isAbandoned { return Output(status: 0) }
            feedInput()
            drain(waitMilliseconds: waitMilliseconds)
            var status: Int32 = 0
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid {
                // The child is gone; whatever it left in the pipes is read now. A
                // grandchild still holding them open is not waited for.
                drain(waitMilliseconds: 0)
                let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
                finish(Output(status: code, stdout: buffers[0], stderr: buffers[1], timedOut: stopSignalSentAt != nil))
                return result
            }
            if reaped == -1, errno != EINTR {
                finish(Output(status: 127, stdout: buffers[0], stderr: buffers[1], timedOut: stopSignalSentAt != nil))
                return result
            }
            // Output closed but the child not gone yet: it is exiting; look again very soon.
            if fds.allSatisfy({ $0 < 0 }), waitMilliseconds > 0 { usleep(2_000) }
            let now = MonotonicClock.seconds()
            if now >= deadline {
                if let sentAt = stopSignalSentAt {
                    if now - sentAt > 2 { kill(-pid, SIGKILL) }
                } else {
                    stopSignalSentAt = now
                    kill(-pid, SIGTERM)
                }
            }
            return nil
        }

        private func finish(_ output: Output) {
            result = output
            if inputFD >= 0 { close(inputFD) }
            inputFD = -1
            for index in fds.indices where fds[index] >= 0 {
                close(fds[index])
                fds[index] = -1
            }
        }

        private func drain(waitMilliseconds: Int32) {
            let open = fds.indices.filter { fds[$0] >= 0 }
            guard !open.isEmpty else { return }
            var polls = open.map { pollfd(fd: fds[$0], events: Int16(POLLIN), revents: 0) }
            // Room in the input pipe ends the wait too, so a large input flows at the pipe's pace.
            if inputFD >= 0 { polls.append(pollfd(fd: inputFD, events: Int16(POLLOUT), revents: 0)) }
            #if canImport(Glibc)
            let ready = Glibc.poll(&polls, nfds_t(polls.count), waitMilliseconds)
            #else
            let ready = Darwin.poll(&polls, nfds_t(polls.count), waitMilliseconds)
            #endif
            guard ready > 0 else { return }
            var chunk = [UInt8](repeating: 0, count: 65_536)
            for (slot, index) in open.enumerated() where polls[slot].revents != 0 {
                while true {
                    let count = chunk.withUnsafeMutableBytes { read(fds[index], $0.baseAddress, $0.count) }
                    if count > 0 {
                        let room = max(0, outputLimit - buffers[index].count)
                        buffers[index].append(contentsOf: chunk.prefix(min(count, room)))
                        continue
                    }
                    if count < 0, errno == EINTR { continue }
                    if count == 0 || (errno != EAGAIN && errno != EWOULDBLOCK) {
                        close(fds[index])
                        fds[index] = -1
                    }
                    break
                }
            }
        }
    }

    // MARK: - Plumbing

    private static func spawn(_ program: String, arguments: [String], environment: [String: String],
                              stdin: Int32?, stdout: Int32?, stderr: Int32?) throws(Failure) -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let stdin { posix_spawn_file_actions_adddup2(&actions, stdin, 0) } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        if let stdout { posix_spawn_file_actions_adddup2(&actions, stdout, 1) } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        if let stderr { posix_spawn_file_actions_adddup2(&actions, stderr, 2) } else {
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        switch Spawn.start(program, argv: [program] + arguments, environment: environment, actions: &actions, group: .ownSession) {
        case .success(let pid): return pid
        case .failure(let failure): throw .cannotStart(program: program, errno: failure.errno)
        }
    }

    private static func makePipe(_ fds: inout [Int32]) -> Bool {
        guard pipe(&fds) == 0 else { return false }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return true
    }

}

extension ProcessRunner.Failure: CustomStringConvertible {
    public var description: String {
        switch self {
        case .notFound(let name): "\(name) is not installed here (it is on no folder of PATH)"
        case .cannotStart(let program, let code): "could not start \(program): \(String(cString: strerror(code)))"
        }
    }
}
