import TendCore

/// Copies text through the first clipboard program that confirms it, then
/// asks the terminal (OSC 52) as a last resort. The result says which
/// happened, so the user is told "Copied." only when a program confirmed it.
public struct Clipboard {
    public var environment: [String: String]
    /// Seconds each program may take.
    public var timeLimit: Double
    /// Sends OSC 52 to the terminal; false when there is no terminal to ask.
    public var askTerminal: (String) -> Bool

    public init(environment: [String: String], timeLimit: Double = 5,
                askTerminal: @escaping (String) -> Bool = { _ in false }) {
        self.environment = environment
        self.timeLimit = timeLimit
        self.askTerminal = askTerminal
    }

    public func copy(_ text: String) -> ClipboardResult {
        for tool in ClipboardTool.candidates(environment: environment) {
            for arguments in tool.argumentSets {
                let request = ProcessRequest(arguments: arguments, environment: environment, input: Array(text.utf8),
                                             timeLimit: timeLimit)
                if ProcessRunner.run(request).succeeded { return .copied(tool: tool.name) }
            }
        }
        return askTerminal(text) ? .askedTerminal : .unavailable
    }
}
