/// One program to start: its arguments (never a shell line), what it gets
/// on standard input, and how long it may take.
public struct ProcessRequest: Hashable, Sendable {
    /// The program (a name looked up on `PATH`, or a path) and its arguments.
    public var arguments: [String]
    /// The whole environment the program sees; `PATH` here is where it is looked up.
    public var environment: [String: String]
    /// Written to the program's standard input, which is then closed; nil
    /// gives it /dev/null.
    public var input: [UInt8]?
    /// Seconds before it is stopped (SIGTERM to its process group, then SIGKILL).
    public var timeLimit: Double
    /// After the limit, leave it running instead of stopping it: a mail
    /// program opened for the user may stay open while they write.
    public var leavesRunningAfterLimit: Bool

    public init(arguments: [String], environment: [String: String], input: [UInt8]? = nil, timeLimit: Double,
                leavesRunningAfterLimit: Bool = false) {
        self.arguments = arguments
        self.environment = environment
        self.input = input
        self.timeLimit = timeLimit
        self.leavesRunningAfterLimit = leavesRunningAfterLimit
    }
}
