/// The `where` tags of a practice card: the settings it fits.
public enum PracticePlace: String, CaseIterable, Codable, Hashable, Sendable {
    case home, work, online
    /// Out and about: the street, a shop, a bus.
    case out
}
