/// The user's choices about which practices Tend suggests, from the
/// `[practices]` table of config.toml. Empty lists mean "all".
public struct PracticePreferences: Hashable, Sendable {
    public var groups: Set<PracticeGroup>
    public var audiences: Set<Audience>
    /// Ids of cards marked "not for me".
    public var hidden: Set<String>
    /// Ids of "my practices": cards the user kept after a week's focus,
    /// which come back in the daily rotation more often than the rest.
    public var mine: Set<String>

    public init(groups: Set<PracticeGroup> = [], audiences: Set<Audience> = [], hidden: Set<String> = [],
                mine: Set<String> = []) {
        self.groups = groups; self.audiences = audiences; self.hidden = hidden; self.mine = mine
    }
}

extension PracticePreferences {
    /// True when the card is in one of the chosen groups (or any, if none
    /// are chosen), for one of the chosen people (likewise), and not hidden.
    public func admits(_ practice: Practice) -> Bool {
        !hidden.contains(practice.id) && admitsGroup(of: practice) && admitsAudience(of: practice)
    }

    /// True when no groups are chosen or the card's group is one of them.
    public func admitsGroup(of practice: Practice) -> Bool {
        groups.isEmpty || groups.contains(practice.group)
    }

    /// True when no people are chosen or the card is for one of them.
    public func admitsAudience(of practice: Practice) -> Bool {
        audiences.isEmpty || practice.audiences.contains(where: audiences.contains)
    }
}
