import TendCore
import TendProcess

/// Opens the user's mail program with a message filled in, for them to
/// review and send: `xdg-email` where it exists, else a `mailto:` URL
/// through `xdg-open`, else it says what to install.
public struct MailLauncher: Sendable {
    public var environment: [String: String]
    public var timeLimit: Double

    public init(environment: [String: String], timeLimit: Double) {
        self.environment = environment
        self.timeLimit = timeLimit
    }

    /// The tool that opened it, or the reason it could not.
    public func open(to address: String, subject: String, body: String) -> Result<String, SendFailure> {
        let attempts: [(tool: String, arguments: [String])] = [
            ("xdg-email", ["xdg-email", "--subject", subject, "--body", body, address]),
            ("xdg-open", ["xdg-open", MailtoURL.make(to: address, subject: subject, body: body)]),
        ]
        var firstFailure: SendFailure?
        for attempt in attempts where ExecutableSearch.find(attempt.tool, environment: environment) != nil {
            // A mail program that stays open while the user writes is left open.
            let request = ProcessRequest(arguments: attempt.arguments, environment: environment, timeLimit: timeLimit,
                                         leavesRunningAfterLimit: true)
            let outcome = ProcessRunner.run(request)
            if outcome.succeeded || outcome == .leftRunning { return .success(attempt.tool) }
            firstFailure = firstFailure ?? SendFailure(outcome, program: attempt.tool, timeLimit: timeLimit)
        }
        return .failure(firstFailure ?? SendFailure(
            "To open your mail program Tend needs xdg-email or xdg-open (on Debian and Ubuntu: apt install xdg-utils)."))
    }
}
