/// The argv of every git command `tend sync` runs, built in one place so a
/// test can read them: no shell, no force, no rewriting of history, and the
/// same safe settings on each.
public enum GitArguments {
    /// The identity for Tend's own commits when the user has none configured.
    public static let fallbackName = "Tend"
    public static let fallbackEmail = "tend@localhost"

    /// What every command in the data folder starts with: the folder, and
    /// settings that keep the user's global config from changing the
    /// journal's bytes (line-ending conversion) or waiting on a key
    /// (signing, which may ask for a passphrase).
    public static func base(directory: String) -> [String] {
        ["git", "-C", directory, "-c", "core.autocrlf=false", "-c", "core.safecrlf=false",
         "-c", "commit.gpgSign=false", "-c", "merge.renames=false"]
    }

    /// `-c` settings for the identity the user lacks (an empty list when they have both).
    public static func identity(hasName: Bool, hasEmail: Bool) -> [String] {
        (hasName ? [] : ["-c", "user.name=\(fallbackName)"]) + (hasEmail ? [] : ["-c", "user.email=\(fallbackEmail)"])
    }

    public static func initialize(directory: String) -> [String] { ["git", "init", "-q", directory] }

    public static func initializeBare(path: String) -> [String] { ["git", "init", "-q", "--bare", path] }

    public static let status = ["status", "--porcelain=v1", "-z", "--untracked-files=all", "--no-renames"]
    public static let stageAll = ["add", "-A", "--", "."]
    public static let unstageAll = ["reset", "-q"]
    public static let stagedDeletions = ["diff", "--cached", "--name-only", "-z", "--no-renames", "--diff-filter=D", "--", "*.jsonl"]
    public static let hasStagedChanges = ["diff", "--cached", "--quiet", "--no-renames"]
    public static let stagedDiff = ["diff", "--cached", "--no-color", "--no-ext-diff", "--no-textconv", "--no-renames", "--unified=0", "--", "*.jsonl"]
    public static let unmergedFiles = ["diff", "--name-only", "-z", "--diff-filter=U"]
    public static let currentBranch = ["symbolic-ref", "-q", "--short", "HEAD"]
    public static let emptyTree = ["hash-object", "-t", "tree", "/dev/null"]

    public static func commit(message: String) -> [String] {
        ["commit", "-q", "--no-verify", "-m", message]
    }

    public static func setBranch(_ branch: String) -> [String] {
        ["symbolic-ref", "HEAD", "refs/heads/\(branch)"]
    }

    public static func commitID(_ ref: String) -> [String] {
        ["rev-parse", "-q", "--verify", "\(ref)^{commit}"]
    }

    public static func isAncestor(_ ancestor: String, of descendant: String) -> [String] {
        ["merge-base", "--is-ancestor", ancestor, descendant]
    }

    public static func config(_ key: String) -> [String] { ["config", "--get", key] }

    public static func setConfig(_ key: String, _ value: String) -> [String] { ["config", key, value] }

    public static func addRemote(_ name: String, url: String) -> [String] { ["remote", "add", "--", name, url] }

    public static let remotes = ["remote"]

    public static func remoteBranches(_ remote: String) -> [String] {
        ["for-each-ref", "--format=%(refname)", "refs/remotes/\(remote)/"]
    }

    /// Fetches every branch into `refs/remotes/REMOTE/`, whatever the remote's
    /// fetch setting says. Never tags, never a forced local branch.
    public static func fetch(_ remote: String) -> [String] {
        ["fetch", "-q", "--no-tags", "--no-write-fetch-head", remote, "+refs/heads/*:refs/remotes/\(remote)/*"]
    }

    /// A merge with union month files; a fast-forward when there is nothing of ours to keep.
    public static func merge(_ ref: String, message: String, allowUnrelated: Bool) -> [String] {
        ["merge", "-q", "--no-edit", "--no-verify", "--ff", "--no-stat"]
            + (allowUnrelated ? ["--allow-unrelated-histories"] : []) + ["-m", message, ref]
    }

    public static let abortMerge = ["merge", "--abort"]

    /// Sends `branch` to the remote's `remoteBranch`. No `+`, no `--force`: a
    /// remote that moved on is fetched and merged first.
    public static func push(_ remote: String, branch: String, to remoteBranch: String) -> [String] {
        ["push", "-q", "--no-verify", remote, "refs/heads/\(branch):refs/heads/\(remoteBranch)"]
    }

    /// The journal lines that differ between two trees, for `SyncCount`.
    public static func diff(from: String, to: String) -> [String] {
        ["diff", "--no-color", "--no-ext-diff", "--no-textconv", "--no-renames", "--unified=0", from, to, "--", "*.jsonl"]
    }

    /// Checks out `branch` from the remote into an empty, newly made repository.
    public static func checkOut(_ branch: String, from remoteRef: String) -> [String] {
        ["checkout", "-q", "-B", branch, remoteRef]
    }
}
