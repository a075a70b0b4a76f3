import TendCore

/// What git's stderr says went wrong with a remote, read from the English
/// messages (Tend runs git with `LC_ALL=C`).
public enum GitFailure: String, Hashable, Sendable {
    /// The remote refused who we are: a key, a token, a host key.
    case authentication
    /// There is no repository where the remote points.
    case notFound
    /// The network or the host did not answer.
    case unreachable
    /// The remote is a working folder with this branch checked out.
    case checkedOut
    /// The remote moved on since we fetched (another device pushed).
    case rejected
    /// Anything else.
    case other

    public static func classify(_ stderr: String) -> GitFailure {
        let text = stderr.lowercased()
        func has(_ phrases: [String]) -> Bool { phrases.contains { text.includes($0) } }
        if has(["permission denied (publickey", "permission denied, please try again", "authentication failed",
                "could not read username", "could not read password", "terminal prompts disabled",
                "host key verification failed", "access denied", "returned error: 401", "returned error: 403",
                "invalid username or password", "permission to ", "too many authentication failures"]) {
            return .authentication
        }
        if has(["refusing to update checked out branch", "denycurrentbranch", "branch is currently checked out"]) {
            return .checkedOut
        }
        if has(["[rejected]", "non-fast-forward", "fetch first", "updates were rejected", "[remote rejected] "])
            && !text.includes("permission") {
            return .rejected
        }
        if has(["repository not found", "does not appear to be a git repository", "returned error: 404",
                "not a git repository", "no such file or directory", "project you were looking for could not be found"]) {
            return .notFound
        }
        if has(["could not resolve host", "could not resolve hostname", "connection refused", "connection timed out",
                "network is unreachable", "no route to host", "operation timed out", "failed to connect",
                "could not connect", "name or service not known", "temporary failure in name resolution",
                "connection reset", "connection closed", "unable to access", "could not read from remote repository",
                "the remote end hung up", "early eof"]) {
            return .unreachable
        }
        return .other
    }

    /// The line of stderr worth showing, made safe for a terminal: the
    /// first that says what happened (ssh's "Permission denied", a `fatal:`),
    /// passing over git's generic "Could not read from remote repository",
    /// without its prefix and cut to a sensible length.
    public static func detail(_ stderr: String) -> String {
        let lines = stderr.split(whereSeparator: \.isNewline).map { $0.trimmed() }
            .filter { !$0.isEmpty && !$0.hasPrefix("hint:") }
        let telling = lines.filter { line in !generic.contains { line.lowercased().includes($0) } }
        let chosen = telling.first { $0.lowercased().includes("denied") || $0.lowercased().includes("could not resolve") }
            ?? telling.first { $0.hasPrefix("fatal:") || $0.hasPrefix("error:") || $0.hasPrefix("ssh:") }
            ?? telling.first ?? lines.last ?? ""
        var text = chosen
        for prefix in ["fatal: ", "error: "] where text.hasPrefix(prefix) { text.removeFirst(prefix.count) }
        text = SafeText.line(text)
        if text.count > 240 { text = String(text.prefix(239)) + "…" }
        return text
    }

    /// What git adds after the real reason; it says nothing of its own.
    private static let generic = ["could not read from remote repository", "please make sure you have the correct access",
                                  "and the repository exists"]
}
