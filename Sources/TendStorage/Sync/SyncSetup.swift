/// What `tend sync init` did, for the command to tell the person.
public struct SyncSetup: Sendable {
    /// A new bare repository made at the remote path (a fresh USB stick).
    public var madeRemote: String?
    /// The data folder became a git repository now (it was not one before).
    public var madeRepository = false
    /// The remote added to the data folder, fit to show.
    public var addedRemote: String?
    /// The remote the folder syncs with, fit to show, if any.
    public var remote: String?
    /// The folder was empty and took the remote's history as it is: how many entries came.
    public var took: Int?
    /// The first sync, when there is a remote: its summary or why it stopped.
    public var firstSync: Result<SyncSummary, SyncError>?

    public init() {}
}
