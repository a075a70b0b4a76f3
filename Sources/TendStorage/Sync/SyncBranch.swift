/// Which branch of the remote a data folder syncs with, before it has one.
public enum SyncBranch {
    /// The branch Tend starts a new repository on.
    public static let standard = "main"

    /// `local` when the remote has it; else `main`, `master`, or the only
    /// branch there is; nil when none fits (Tend then sends `local` as new).
    public static func choose(local: String, remote branches: [String]) -> String? {
        for candidate in [local, standard, "master"] where branches.contains(candidate) { return candidate }
        return branches.count == 1 ? branches[0] : nil
    }
}
