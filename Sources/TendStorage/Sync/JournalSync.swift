import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `tend sync`: the data folder as a git repository, merged with a remote.
///
/// One sync: under the journal's lock, commit what is new here; fetch
/// (without that lock: saving never waits on the network); under the lock
/// again, commit what arrived meanwhile and merge (month files merge as a
/// union of lines, see `SyncSupportFiles`); push. A remote that moved on in
/// between is fetched and merged again, never overwritten: no force, no
/// rewritten history. Whatever stops a sync leaves the journal as it was,
/// and the next one starts from there.
public struct JournalSync {
    /// The data folder.
    public let directory: String
    let git: Git
    /// Names this device in commit messages.
    let host: String
    /// The lock writers of the folder hold while they append: the journal's
    /// `.lock`, or in a shared folder the user's own letters lock.
    let lockFile: String
    /// True for a shared folder: two people who each cloned the same empty
    /// repository and sent before syncing have unrelated histories, and
    /// since each writes a file of their own, joining them loses nothing.
    var joinsUnrelatedHistories = false

    /// How many times a push that lost a race is fetched, merged and tried again.
    static let attempts = 3

    /// A sync of `directory` with git found on the PATH of `environment`.
    /// `lockFileName` is the writers' lock inside it (a shared folder's
    /// letters file has one of its own, see `LetterPost`).
    public init(directory: String, environment: [String: String] = ProcessInfo.processInfo.environment,
                lockFileName: String = FileLock.fileName) throws(SyncError) {
        let directory = directory.count > 1 && directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        self.directory = directory
        lockFile = directory + "/" + lockFileName
        git = try Git(directory: directory, environment: environment)
        var name = [CChar](repeating: 0, count: 256)
        host = gethostname(&name, name.count - 1) == 0
            ? String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self) : "this device"
    }

    /// True when `directory` is a git repository of its own: what the app
    /// and `tend remind` check, without starting git, before they sync.
    public static func isSetUp(directory: String) -> Bool {
        FileManager.default.fileExists(atPath: directory + "/.git")
    }

    /// When a sync of `directory` last began (the app's, remind's or yours).
    public static func lastAttempt(directory: String) -> Date? {
        SyncLock.lastAttempt(directory: directory)
    }

    /// Commits, fetches, merges and pushes; see the type's description.
    public func sync() throws(SyncError) -> SyncSummary {
        guard Self.isSetUp(directory: directory) else { throw .notSetUp(directory: directory) }
        return try SyncLock.holding(directory: directory) { () throws(SyncError) in try syncHoldingLock() }
    }

    func syncHoldingLock() throws(SyncError) -> SyncSummary {
        let branch = try currentBranch()
        let identity = try git.identity()
        var committed = try withJournalLock { () throws(SyncError) in try commitChanges(identity: identity) }
        guard let remote = try remoteName(for: branch) else {
            return SyncSummary(state: .local, committed: committed)
        }
        let shown = SyncRemote.display(try git.config("remote.\(remote).url") ?? remote)
        var received = 0, sent = 0
        var rejection: String?
        var target = branch
        for _ in 0..<Self.attempts {
            try fetch(remote, shown: shown)
            let upstream = try git.config("branch.\(branch).merge").map { $0.hasPrefix("refs/heads/") ? String($0.dropFirst(11)) : $0 }
            var remoteBranch = upstream
            if remoteBranch == nil { remoteBranch = SyncBranch.choose(local: branch, remote: try remoteBranchNames(remote)) }
            target = remoteBranch ?? branch
            var remoteRef: String? = "refs/remotes/\(remote)/\(target)"
            if let ref = remoteRef, try git.commitID(ref) == nil { remoteRef = nil }
            try withJournalLock { () throws(SyncError) in
                committed += try commitChanges(identity: identity)
                if let remoteRef, try !isAncestor(remoteRef, of: "HEAD") {
                    let before = try git.commitID("HEAD")
                    try merge(remoteRef, shownAs: "\(remote)/\(target)", allowUnrelated: upstream == nil || joinsUnrelatedHistories, identity: identity)
                    received += try count(from: before, to: "HEAD")
                    fixModes()
                }
            }
            guard let head = try git.commitID("HEAD") else { rejection = nil; break }
            if let remoteRef, try git.commitID(remoteRef) == head { rejection = nil; break }
            let toSend = try count(from: remoteRef.flatMap { try? git.commitID($0) }, to: "HEAD")
            let push = try git.run(GitArguments.push(remote, branch: branch, to: target), step: "push", timeLimit: Git.networkSeconds)
            if push.status == 0 {
                sent += toSend
                rejection = nil
                break
            }
            let detail = GitFailure.detail(push.stderrText)
            let failure = GitFailure.classify(push.stderrText)
            guard failure == .rejected else { throw remoteError(failure, remote: shown, detail: detail, step: "push") }
            rejection = detail
        }
        if let rejection { throw .pushRejected(remote: shown, detail: rejection) }
        if try git.config("branch.\(branch).merge") == nil {
            try git.check(GitArguments.setConfig("branch.\(branch).remote", remote), step: "config")
            try git.check(GitArguments.setConfig("branch.\(branch).merge", "refs/heads/\(target)"), step: "config")
        }
        return SyncSummary(state: .synced, received: received, sent: sent, committed: committed, remote: shown)
    }

    // MARK: - Steps

    /// The branch HEAD is on; stops at a half-done merge or a detached HEAD.
    func currentBranch() throws(SyncError) -> String {
        let unmerged = Git.fields(try git.run(GitArguments.unmergedFiles, step: "diff").stdout)
        let inProgress = ["MERGE_HEAD", "CHERRY_PICK_HEAD", "REVERT_HEAD", "rebase-merge", "rebase-apply"]
            .contains { FileManager.default.fileExists(atPath: "\(directory)/.git/\($0)") }
        if inProgress || !unmerged.isEmpty { throw .unfinishedMerge(directory: directory, files: unmerged) }
        let output = try git.run(GitArguments.currentBranch, step: "symbolic-ref")
        let branch = Git.trimmed(output.stdoutText)
        guard output.status == 0, !branch.isEmpty else { throw .detachedHead(directory: directory) }
        return branch
    }

    /// The remote `branch` syncs with: its upstream's, else `origin`, else the only one.
    func remoteName(for branch: String) throws(SyncError) -> String? {
        if let remote = try git.config("branch.\(branch).remote"), remote != "." { return remote }
        let remotes = try git.check(GitArguments.remotes, step: "remote").split(separator: "\n").map(String.init)
        if remotes.contains("origin") { return "origin" }
        return remotes.count == 1 ? remotes[0] : nil
    }

    func remoteBranchNames(_ remote: String) throws(SyncError) -> [String] {
        let prefix = "refs/remotes/\(remote)/"
        return try git.check(GitArguments.remoteBranches(remote), step: "for-each-ref").split(separator: "\n")
            .map { String($0.dropFirst(prefix.count)) }.filter { $0 != "HEAD" && !$0.isEmpty }
    }

    func fetch(_ remote: String, shown: String) throws(SyncError) {
        let output = try git.run(GitArguments.fetch(remote), step: "fetch", timeLimit: Git.networkSeconds)
        guard output.status != 0 else { return }
        throw remoteError(GitFailure.classify(output.stderrText), remote: shown,
                          detail: GitFailure.detail(output.stderrText), step: "fetch")
    }

    func remoteError(_ failure: GitFailure, remote: String, detail: String, step: String) -> SyncError {
        switch failure {
        case .authentication: .authenticationRefused(remote: remote, detail: detail, directory: directory)
        case .notFound: .remoteNotFound(remote: remote, detail: detail)
        case .unreachable: .unreachable(remote: remote, detail: detail)
        case .checkedOut: .remoteIsCheckedOut(remote: remote)
        case .rejected: .pushRejected(remote: remote, detail: detail)
        case .other: .gitFailed(step: step, detail: detail)
        }
    }

    /// True when `ancestor` is already part of `descendant` (false while HEAD has no commit).
    func isAncestor(_ ancestor: String, of descendant: String) throws(SyncError) -> Bool {
        guard try git.commitID(descendant) != nil else { return false }
        return try git.run(GitArguments.isAncestor(ancestor, of: descendant), step: "merge-base").status == 0
    }

    /// Merges `ref`; when git cannot, undoes the attempt so the folder is as before.
    func merge(_ ref: String, shownAs name: String, allowUnrelated: Bool, identity: [String]) throws(SyncError) {
        let message = "Tend on \(host): merge \(name)"
        let output = try git.run(GitArguments.merge(ref, message: message, allowUnrelated: allowUnrelated),
                                 extra: identity, step: "merge")
        guard output.status != 0 else { return }
        let files = Git.fields((try? git.run(GitArguments.unmergedFiles, step: "diff").stdout) ?? [])
        if FileManager.default.fileExists(atPath: "\(directory)/.git/MERGE_HEAD") {
            _ = try? git.run(GitArguments.abortMerge, step: "merge --abort")
        }
        if files.isEmpty, GitFailure.detail(output.stderrText).includes("would be overwritten") == false,
           !output.stderrText.includes("CONFLICT") {
            throw .gitFailed(step: "merge", detail: GitFailure.detail(output.stderrText))
        }
        throw .mergeFailed(directory: directory, ref: name, files: files)
    }

    /// Entries new in `to` compared with `from` (nil: the empty tree).
    func count(from: String?, to: String) throws(SyncError) -> Int {
        var base = from
        if base == nil { base = try git.check(GitArguments.emptyTree, step: "hash-object") }
        guard let base else { return 0 }
        let output = try git.run(GitArguments.diff(from: base, to: to), step: "diff")
        guard output.status == 0 else { return 0 }
        return SyncCount.newEntries(inDiff: output.stdout)
    }

    /// Commits everything new in the folder (after checking it) and returns
    /// how many entries that was. Runs under the journal's lock.
    func commitChanges(identity: [String], message: String? = nil) throws(SyncError) -> Int {
        try writeSupportFiles()
        let status = Git.fields(try git.run(GitArguments.status, step: "status").stdout)
        guard !status.isEmpty else { return 0 }
        for entry in status where entry.count > 3 {
            let path = String(entry.dropFirst(3))
            guard path.hasSuffix(".jsonl"), let bytes = try? POSIX.readAll("\(directory)/\(path)") else { continue }
            if let line = ConflictMarkers.lines(in: bytes).first {
                throw .conflictMarkers(path: "\(directory)/\(path)", line: line)
            }
        }
        try git.check(GitArguments.stageAll, step: "add")
        let deleted = Git.fields(try git.run(GitArguments.stagedDeletions, step: "diff").stdout)
        if let file = deleted.first {
            _ = try? git.run(GitArguments.unstageAll, step: "reset")
            throw .monthFileMissing(directory: directory, file: file)
        }
        guard try git.run(GitArguments.hasStagedChanges, step: "diff").status != 0 else { return 0 }
        let count = SyncCount.newEntries(inDiff: try git.run(GitArguments.stagedDiff, step: "diff").stdout)
        let text = message ?? (count == 0 ? "Tend on \(host): other changes" : "Tend on \(host): \(count) new \(count == 1 ? "entry" : "entries")")
        try git.check(GitArguments.commit(message: text), extra: identity, step: "commit")
        return count
    }

    /// Adds what `.gitattributes` and `.gitignore` lack (keeping the user's lines).
    func writeSupportFiles() throws(SyncError) {
        for file in SyncSupportFiles.all {
            let path = "\(directory)/\(file.name)"
            let existing = (try? POSIX.readAll(path)).map { String(decoding: $0, as: UTF8.self) }
            guard let text = file.completing(existing) else { continue }
            do {
                try AtomicFileWriter.write(Array(text.utf8), to: path)
            } catch {
                throw .storage(error)
            }
        }
    }

    /// Files git wrote follow the umask; the journal's promise is 0600 and 0700.
    func fixModes() {
        let manager = FileManager.default
        for name in SyncSupportFiles.all.map(\.name) { tighten("\(directory)/\(name)", to: POSIX.fileMode) }
        let names = (try? manager.contentsOfDirectory(atPath: directory)) ?? []
        // A shared folder's letters files sit at its top.
        for name in names where name.hasSuffix(".jsonl") { tighten("\(directory)/\(name)", to: POSIX.fileMode) }
        for year in names where year.count == 4 && Int(year) != nil {
            let folder = "\(directory)/\(year)"
            tighten(folder, to: POSIX.folderMode)
            for name in (try? manager.contentsOfDirectory(atPath: folder)) ?? [] where name.hasSuffix(".jsonl") {
                tighten("\(folder)/\(name)", to: POSIX.fileMode)
            }
        }
    }

    private func tighten(_ path: String, to mode: mode_t) {
        guard let current = POSIX.mode(of: path), current & ~mode & 0o777 != 0 else { return }
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFLNK else { return }
        chmod(path, mode)
    }

    /// Runs `body` holding the journal's own lock, as every writer does.
    func withJournalLock<T>(_ body: () throws(SyncError) -> T) throws(SyncError) -> T {
        var result: Result<T, SyncError>?
        do {
            try FileLock.withLock(at: lockFile) { () throws(StorageError) in
                result = Result { () throws(SyncError) -> T in try body() }
            }
        } catch {
            throw .storage(error)
        }
        guard let result else { throw .storage(.system(operation: .lock, path: directory, errno: EIO)) }
        return try result.get()
    }
}
