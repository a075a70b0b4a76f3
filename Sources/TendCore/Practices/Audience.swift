/// Who a practice is for: the `who` tags of a card and of the
/// `[practices] who` preference. The order is the one lists and messages use.
public enum Audience: String, CaseIterable, Codable, Hashable, Sendable {
    case partner, friend, colleague, family
    /// A child of yours, or one you care for.
    case child
    /// Your own parents as they grow older.
    case ageingParent = "ageing-parent"
    /// Anyone you love who lives far away.
    case longDistance = "long-distance"
    /// The people who live near you: known by face, perhaps not yet by name.
    case neighbour
    case stranger
}
