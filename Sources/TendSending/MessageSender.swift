import TendCore

/// Sends one message the way its plan says: the person's command, their
/// email through the mail program, or (with no way set up) the clipboard.
/// Nothing here writes the journal; the caller records what left.
public struct MessageSender {
    /// How long a send command may take before it is stopped.
    public static let defaultTimeLimit = 20.0

    public var environment: [String: String]
    public var timeLimit: Double
    public var clipboard: Clipboard
    /// The email's subject.
    public var subject: String

    public init(environment: [String: String], timeLimit: Double = MessageSender.defaultTimeLimit, clipboard: Clipboard,
                subject: String) {
        self.environment = environment
        self.timeLimit = timeLimit
        self.clipboard = clipboard
        self.subject = subject
    }

    public func send(_ plan: SendPlan) -> SendOutcome {
        let message = plan.message
        switch plan.contact?.way {
        case .command(let template, let stdin)?:
            let arguments = SendTemplate.arguments(template, for: message)
            let request = ProcessRequest(arguments: arguments, environment: environment,
                                         input: stdin ? Array(message.message.utf8) : nil, timeLimit: timeLimit)
            let outcome = ProcessRunner.run(request)
            let name = plan.contact?.way.programName ?? template[0]
            if outcome.succeeded { return .sent(command: name) }
            return .failed(reason: SendFailure(outcome, program: template[0], timeLimit: timeLimit).reason)
        case .email(let address)?:
            switch MailLauncher(environment: environment, timeLimit: timeLimit).open(to: address, subject: subject,
                                                                                     body: message.message) {
            case .success(let tool): return .emailOpened(tool: tool)
            case .failure(let failure): return .failed(reason: failure.reason)
            }
        case .share(let folder)?:
            // Only storage writes files; the app and the commands send through LetterPost.
            return .failed(reason: "Tend can't reach \(SafeText.line(folder.written)) from here.")
        case nil:
            return .clipboard(clipboard.copy(message.message))
        }
    }
}
