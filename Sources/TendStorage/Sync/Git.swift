/// git for one data folder: argv through `ProcessRunner` (never a shell),
/// the safe environment, a time limit on every call, and failures turned
/// into `SyncError`s.
struct Git {
    /// Local work (status, commit, merge) finishes in well under this.
    static let localSeconds = 60.0
    /// Fetch and push over a slow network.
    static let networkSeconds = 120.0

    let directory: String
    let environment: [String: String]

    init(directory: String, environment base: [String: String]) throws(SyncError) {
        guard ProcessRunner.find("git", searchPath: base["PATH"]) != nil else { throw .gitMissing }
        self.directory = directory
        environment = GitEnvironment.make(from: base, directory: directory)
    }

    /// Runs `git -C DATA <settings> [extra] arguments`, whatever its exit status.
    func run(_ arguments: [String], extra: [String] = [], step: String,
             timeLimit: Double = localSeconds) throws(SyncError) -> ProcessRunner.Output {
        try runFull(GitArguments.base(directory: directory) + extra + arguments, step: step, timeLimit: timeLimit)
    }

    /// Runs `arguments` and requires success; returns stdout without its final newline.
    @discardableResult
    func check(_ arguments: [String], extra: [String] = [], step: String) throws(SyncError) -> String {
        let output = try run(arguments, extra: extra, step: step)
        guard output.status == 0 else { throw .gitFailed(step: step, detail: GitFailure.detail(output.stderrText)) }
        return Self.trimmed(output.stdoutText)
    }

    /// Runs a whole argv (`git init`, which has no folder yet). Network
    /// steps (the longer limit) may be stopped by Ctrl-C; after any step, a
    /// Ctrl-C that came meanwhile ends the sync there.
    func runFull(_ arguments: [String], step: String, timeLimit: Double = localSeconds) throws(SyncError) -> ProcessRunner.Output {
        if SyncInterruption.isRequested { throw .interrupted }
        let child: ProcessRunner.Running
        do {
            child = try ProcessRunner.start(arguments, environment: environment, timeLimit: timeLimit)
        } catch {
            if case .notFound = error { throw .gitMissing }
            throw .gitFailed(step: step, detail: "\(error)")
        }
        let output = timeLimit > Self.localSeconds
            ? SyncInterruption.whileNetworking(child.pid) { child.wait() } : child.wait()
        if SyncInterruption.isRequested { throw .interrupted }
        if output.timedOut { throw .timedOut(step: step, seconds: Int(timeLimit)) }
        return output
    }

    /// The value of a config key, or nil when it is not set.
    func config(_ key: String) throws(SyncError) -> String? {
        let output = try run(GitArguments.config(key), step: "config")
        guard output.status == 0 else { return nil }
        let value = Self.trimmed(output.stdoutText)
        return value.isEmpty ? nil : value
    }

    /// The commit `ref` names, or nil when there is none (an unborn branch).
    func commitID(_ ref: String) throws(SyncError) -> String? {
        let output = try run(GitArguments.commitID(ref), step: "rev-parse")
        return output.status == 0 ? Self.trimmed(output.stdoutText) : nil
    }

    /// `-c` settings naming Tend as the author when the user has no identity.
    func identity() throws(SyncError) -> [String] {
        GitArguments.identity(hasName: try config("user.name") != nil, hasEmail: try config("user.email") != nil)
    }

    static func trimmed(_ text: String) -> String {
        var text = Substring(text)
        while text.last == "\n" || text.last == "\r" { text = text.dropLast() }
        return String(text)
    }

    /// NUL-separated output (`-z`) as strings.
    static func fields(_ bytes: [UInt8]) -> [String] {
        bytes.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
    }
}
