/// How one person is reached, as people.toml says.
public enum ContactWay: Hashable, Sendable {
    /// A command, as its arguments (never a shell line). `{message}`,
    /// `{text}`, `{name}` and `{date}` are replaced inside single arguments;
    /// with `stdin` the message also goes to the command's standard input.
    case command([String], stdin: Bool)
    /// An address for the user's mail program, which opens with the message
    /// filled in for the user to review and send.
    case email(String)
    /// A folder shared with them: the message is appended to the user's own
    /// file there, and their Tend shows it as a letter.
    case share(SharedFolder)

    /// What the journal records when it leaves this way.
    public var via: SentVia {
        switch self {
        case .command: return .command
        case .email: return .email
        case .share: return .share
        }
    }

    /// The program's name alone: "signal-cli" for `/usr/bin/signal-cli`.
    public var programName: String? {
        guard case .command(let arguments, _) = self, let first = arguments.first else { return nil }
        return first.split(separator: "/").last.map(String.init) ?? first
    }
}
