/// Why the full-screen interface could not start.
public enum TerminalError: Error, CustomStringConvertible {
    case notATerminal
    case unusableTerm(String)

    public var description: String {
        switch self {
        case .notATerminal:
            return "the full screen needs a terminal on stdin and stdout. In scripts, use a subcommand such as `tend log`."
        case .unusableTerm(let term):
            // Also for terminals that cannot move the cursor (dumb, Emacs' shell buffers).
            return "cannot use this terminal (TERM=\(term.isEmpty ? "unset" : term)) for the full screen. "
                + "Try TERM=xterm-256color, or a subcommand such as `tend log`."
        }
    }
}
