/// The user's choices about which practices Tend suggests, from the
/// `[practices]` table of config.toml. Empty lists mean "all".
public struct PracticePreferences: Hashable, Sendable {
    public var groups: Set<PracticeGroup>
    public var audiences: Set<Audience>
    /// Ids of cards marked "not for me".
    public var hidden: Set<String>

    public init(groups: Set<PracticeGroup> = [], audiences: Set<Audience> = [], hidden: Set<String> = []) {
        self.groups = groups; self.audiences = audiences; self.hidden = hidden
    }
}
