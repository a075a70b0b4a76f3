/// How a started program ended, with what it printed (each stream cut to
/// its last `ProcessRunner.outputLimit` bytes). The bytes are the program's
/// own: make them safe (SafeText) before showing them.
public enum ProcessOutcome: Hashable, Sendable {
    case exited(status: Int32, stdout: [UInt8], stderr: [UInt8])
    case signalled(Int32, stderr: [UInt8])
    /// No such program on PATH (the name as given).
    case notFound(String)
    /// It exists but could not be started (not executable, not a program).
    case couldNotStart(program: String, errno: Int32)
    /// It ran past its limit and was stopped.
    case timedOut(stderr: [UInt8])
    /// It ran past its limit and was left running, as asked.
    case leftRunning

    /// True when it exited with status 0.
    public var succeeded: Bool {
        if case .exited(0, _, _) = self { return true }
        return false
    }
}
