/// Why `tend sync` stopped. Each case leaves the journal as it was (what was
/// written here stays here, committed or not) and its description says what
/// happened and what to do; the next `tend sync` picks up where this one stopped.
public enum SyncError: Error, Hashable, Sendable, CustomStringConvertible {
    /// git is not on PATH.
    case gitMissing
    /// The data folder is not a git repository yet.
    case notSetUp(directory: String)
    /// A merge, a rebase or a cherry-pick was left half done in the data folder.
    case unfinishedMerge(directory: String, files: [String])
    /// HEAD names a commit, not a branch.
    case detachedHead(directory: String)
    /// A month file holds a line git writes around a conflict.
    case conflictMarkers(path: String, line: Int)
    /// A month file that git knows is gone from the folder.
    case monthFileMissing(directory: String, file: String)
    /// The remote could not be reached.
    case unreachable(remote: String, detail: String)
    /// The remote refused our credentials.
    case authenticationRefused(remote: String, detail: String, directory: String)
    /// There is no repository where the remote points.
    case remoteNotFound(remote: String, detail: String)
    /// The remote is a working folder with our branch checked out.
    case remoteIsCheckedOut(remote: String)
    /// The remote kept moving while we merged, every time we tried.
    case pushRejected(remote: String, detail: String)
    /// git could not merge the other side's changes on its own.
    case mergeFailed(directory: String, ref: String, files: [String])
    /// A git command ran past its time limit and was stopped.
    case timedOut(step: String, seconds: Int)
    /// What was given as a remote can't be one (it would read as an option).
    case invalidRemote(String)
    /// The data folder already syncs with another remote.
    case otherRemote(directory: String, current: String, asked: String)
    /// Another `tend sync` held the folder for too long.
    case busy(directory: String)
    /// A git command failed for a reason Tend does not know.
    case gitFailed(step: String, detail: String)
    /// Ctrl-C, SIGTERM or a closed terminal stopped it between two steps.
    case interrupted
    /// The journal's lock or a file could not be used.
    case storage(StorageError)

    /// A short name for scripts (`tend sync --json` prints it as `problem`).
    public var code: String {
        switch self {
        case .gitMissing: "git-missing"
        case .notSetUp: "not-set-up"
        case .unfinishedMerge: "unfinished-merge"
        case .detachedHead: "detached-head"
        case .conflictMarkers: "conflict-markers"
        case .monthFileMissing: "file-missing"
        case .unreachable: "unreachable"
        case .authenticationRefused: "authentication"
        case .remoteNotFound: "remote-not-found"
        case .remoteIsCheckedOut: "remote-checked-out"
        case .pushRejected: "push-rejected"
        case .mergeFailed: "merge-failed"
        case .timedOut: "timed-out"
        case .invalidRemote: "invalid-remote"
        case .otherRemote: "other-remote"
        case .busy: "busy"
        case .gitFailed: "git-failed"
        case .interrupted: "interrupted"
        case .storage: "storage"
        }
    }

    /// True when nothing is wrong here and the next sync will likely just
    /// work (a laptop offline): the app says it calmly, not as a problem.
    public var isPassing: Bool {
        switch self {
        case .unreachable, .timedOut, .busy, .pushRejected: true
        default: false
        }
    }

    private static let safe = "Your journal is as it was"

    public var description: String {
        switch self {
        case .gitMissing:
            return "Syncing needs git, and git isn't installed here (or isn't on PATH). Install it (on Debian: sudo apt install git), then run tend sync again."
        case .notSetUp(let directory):
            return "Sync isn't set up for \(directory) yet. Run tend sync init to start, with the address of a git repository to sync with (see tend sync init --help)."
        case .unfinishedMerge(let directory, let files):
            let list = files.isEmpty ? "" : " (in \(Self.list(files)))"
            return "A git merge in \(directory) was left half done\(list), so Tend didn't sync. Finish it with git -C '\(directory)' commit, or undo it with git -C '\(directory)' merge --abort, then run tend sync again."
        case .detachedHead(let directory):
            return "\(directory) isn't on a branch (git calls it a detached HEAD), so Tend doesn't know what to sync. Go back to yours, for example with git -C '\(directory)' switch \(SyncBranch.standard), then run tend sync again."
        case .conflictMarkers(let path, let line):
            return "\(path), line \(line), holds a merge marker (a line like <<<<<<<, ======= or >>>>>>>). Tend didn't sync, so it won't spread to your other devices. Delete the marker lines and keep the entries between them, then run tend sync again; tend doctor lists every one."
        case .monthFileMissing(let directory, let file):
            return "\(file) is missing from \(directory), though git still has it, so Tend didn't sync (your other devices keep their copy). To bring it back: git -C '\(directory)' checkout -- '\(file)'. If you removed it on purpose: git -C '\(directory)' rm -q --cached '\(file)' && git -C '\(directory)' commit -m 'Remove \(file)'."
        case .unreachable(let remote, let detail):
            return "Couldn't reach \(remote)\(Self.because(detail)). Your entries are kept here, and the next tend sync sends them."
        case .authenticationRefused(let remote, let detail, let directory):
            return "\(remote) didn't accept this device\(Self.because(detail)). Tend never asks for a password: use an ssh key (with ssh-agent) or a git credential helper, and try it with git -C '\(directory)' fetch. Your entries are kept here."
        case .remoteNotFound(let remote, let detail):
            return "There is no git repository at \(remote)\(Self.because(detail)). Is the disk plugged in, or did the address change? Your entries are kept here."
        case .remoteIsCheckedOut(let remote):
            return "\(remote) is a working folder with the same branch checked out, and git won't push into it. Sync through a bare repository instead (git init --bare PATH). Your entries are kept here."
        case .pushRejected(let remote, let detail):
            return "\(remote) kept changing while Tend merged\(Self.because(detail)). Nothing was lost; run tend sync again in a moment."
        case .mergeFailed(let directory, let ref, let files):
            let list = files.isEmpty ? "the other side's changes" : Self.list(files)
            return "Git couldn't merge \(list) on its own (a file changed by hand on both sides?). \(Self.safe) before this sync. To merge by hand: cd '\(directory)' && git merge \(ref), fix the files, git commit; then run tend sync again."
        case .timedOut(let step, let seconds):
            return "git \(step) took longer than \(seconds) seconds and was stopped. Nothing was lost; try tend sync again when the connection is better."
        case .invalidRemote(let remote):
            return "\"\(remote)\" isn't an address git can use. Give a folder (/media/usb/tend.git), user@host:path for ssh, or a URL."
        case .otherRemote(let directory, let current, let asked):
            return "\(directory) already syncs with \(current), not \(asked). To change it: git -C '\(directory)' remote set-url origin '\(asked)'."
        case .busy(let directory):
            return "Another tend sync is still working in \(directory). Nothing was changed; try again in a minute."
        case .gitFailed(let step, let detail):
            return "git \(step) failed\(Self.because(detail)). \(Self.safe)."
        case .interrupted:
            return "Stopped before the end. \(Self.safe), and the next tend sync picks up from here."
        case .storage(let error):
            return error.description
        }
    }

    private static func because(_ detail: String) -> String {
        detail.isEmpty ? "" : " (\(detail))"
    }

    private static func list(_ files: [String]) -> String {
        files.count <= 3 ? files.joined(separator: ", ") : files.prefix(3).joined(separator: ", ") + " and \(files.count - 3) more"
    }
}
