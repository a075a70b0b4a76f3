/// `[me]` in config.toml: who the user is, for what goes into a folder
/// shared with someone.
public struct MeOptions: Hashable, Sendable {
    /// The name letters are signed with and filed under (`<name>.jsonl`).
    public var name: String?
    /// `age_identity`: the key file (`~` expanded) that opens letters sealed with age.
    public var ageIdentity: String?

    public init(name: String? = nil, ageIdentity: String? = nil) {
        self.name = name
        self.ageIdentity = ageIdentity
    }
}
