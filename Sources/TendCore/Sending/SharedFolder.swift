/// A folder two people both sync (Syncthing, or a git repository `tend
/// sync` keeps), where each appends what they send the other to a file of
/// their own: `share = "~/Sync/sam-and-ana"` in people.toml.
public struct SharedFolder: Hashable, Sendable {
    /// The folder, `~` expanded.
    public var path: String
    /// As people.toml writes it, for messages.
    public var written: String
    /// `age_recipient = "age1…"`: what goes into the folder is sealed with
    /// `age` for this key, so only the other person can read it.
    public var ageRecipient: String?

    public init(path: String, written: String? = nil, ageRecipient: String? = nil) {
        self.path = path
        self.written = written ?? path
        self.ageRecipient = ageRecipient
    }
}
