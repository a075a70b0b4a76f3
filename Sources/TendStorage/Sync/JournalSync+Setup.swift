import Foundation
import TendCore
import TendJournalFormat

extension JournalSync {
    /// `tend sync init [REMOTE]`: makes the data folder a git repository
    /// with union merges for month files and the device's own files ignored,
    /// commits what is there, and, given a remote, joins it: an empty folder
    /// takes the remote's history as it is; a folder with entries merges its
    /// history with the remote's. A remote path that does not exist yet
    /// becomes a new bare repository. Safe to run again.
    ///
    /// A first sync that cannot reach the remote is reported in the result,
    /// not thrown: the folder is set up, and `tend sync` connects later.
    public func initialize(remote given: String?, currentDirectory: String = FileManager.default.currentDirectoryPath,
                           home: String = PathText.accountHome) throws(SyncError) -> SyncSetup {
        var setup = SyncSetup()
        if let given, given.hasPrefix("-") || given.isEmpty || given.unicodeScalars.contains("\n") {
            throw .invalidRemote(SafeText.line(given))
        }
        let remote = given.map { SyncRemote.resolved($0, currentDirectory: currentDirectory, home: home) }
        if let remote, Self.isSetUp(directory: directory), let current = try git.config("remote.origin.url"), current != remote {
            throw .otherRemote(directory: directory, current: SyncRemote.display(current), asked: SyncRemote.display(remote))
        }
        if let remote, SyncRemote.isLocalPath(remote) { setup.madeRemote = try makeBareRepositoryIfMissing(remote) }
        do {
            try POSIX.ensureDirectory(directory)
        } catch {
            throw .storage(error)
        }
        let wasRepository = Self.isSetUp(directory: directory)
        if !wasRepository {
            let output = try git.runFull(GitArguments.initialize(directory: directory), step: "init")
            guard output.status == 0 else { throw .gitFailed(step: "init", detail: GitFailure.detail(output.stderrText)) }
            setup.madeRepository = true
        }
        try SyncLock.holding(directory: directory) { () throws(SyncError) in
            if let remote { setup.addedRemote = try addRemote(remote) }
            if !wasRepository { setup.took = try startBranch(joining: remote != nil) }
            let identity = try git.identity()
            _ = try withJournalLock { () throws(SyncError) in
                try commitChanges(identity: identity, message: "Tend on \(host): start syncing this folder")
            }
            fixModes()
        }
        let branch = try currentBranch()
        if let name = try remoteName(for: branch) {
            setup.remote = SyncRemote.display(try git.config("remote.\(name).url") ?? name)
            setup.firstSync = Result { () throws(SyncError) in try sync() }
        }
        return setup
    }

    /// Adds `remote` as `origin` unless the folder already has it; refuses another one.
    private func addRemote(_ remote: String) throws(SyncError) -> String? {
        let remotes = try git.check(GitArguments.remotes, step: "remote").split(separator: "\n").map(String.init)
        if remotes.contains("origin") {
            let current = try git.config("remote.origin.url") ?? ""
            guard current == remote else {
                throw .otherRemote(directory: directory, current: SyncRemote.display(current), asked: SyncRemote.display(remote))
            }
            return nil
        }
        try git.check(GitArguments.addRemote("origin", url: remote), step: "remote add")
        return SyncRemote.display(remote)
    }

    /// Names the new repository's branch after the remote's, and when this
    /// folder has nothing of its own yet, checks the remote's history out as
    /// it is. Returns how many entries that brought, or nil when it did not.
    /// An unreachable remote is left for the first sync to report.
    private func startBranch(joining: Bool) throws(SyncError) -> Int? {
        var branch = SyncBranch.standard
        var remoteHasBranch = false
        if joining, (try? fetch("origin", shown: "origin")) != nil,
           let chosen = SyncBranch.choose(local: branch, remote: try remoteBranchNames("origin")) {
            branch = chosen
            remoteHasBranch = true
        }
        try git.check(GitArguments.setBranch(branch), step: "symbolic-ref")
        guard remoteHasBranch else { return nil }
        return try withJournalLock { () throws(SyncError) -> Int? in
            let own = Set(SyncSupportFiles.all.map(\.name) + [FileLock.fileName])
            let status = Git.fields(try git.run(GitArguments.status, step: "status").stdout)
            guard status.allSatisfy({ own.contains(String($0.dropFirst(3))) }) else { return nil }
            try git.check(GitArguments.checkOut(branch, from: "refs/remotes/origin/\(branch)"), step: "checkout")
            try git.check(GitArguments.setConfig("branch.\(branch).remote", "origin"), step: "config")
            try git.check(GitArguments.setConfig("branch.\(branch).merge", "refs/heads/\(branch)"), step: "config")
            fixModes()
            return try count(from: nil, to: "HEAD")
        }
    }

    /// A remote folder that does not exist yet, or is empty, becomes a new
    /// bare repository (a fresh USB stick). Returns its path when it made one.
    private func makeBareRepositoryIfMissing(_ path: String) throws(SyncError) -> String? {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isFolder) {
            guard isFolder.boolValue, (try? manager.contentsOfDirectory(atPath: path))?.isEmpty == true else { return nil }
        } else {
            let parent = PathText.parent(path)
            guard manager.fileExists(atPath: parent, isDirectory: &isFolder), isFolder.boolValue else {
                throw .remoteNotFound(remote: path, detail: "there is no folder \(parent)")
            }
        }
        let output = try git.runFull(GitArguments.initializeBare(path: path), step: "init --bare")
        guard output.status == 0 else { throw .gitFailed(step: "init --bare", detail: GitFailure.detail(output.stderrText)) }
        // Its HEAD names the branch Tend pushes, so a plain git clone of it checks that out.
        _ = try git.runFull(["git", "--git-dir", path] + GitArguments.setBranch(SyncBranch.standard), step: "symbolic-ref")
        return path
    }
}
