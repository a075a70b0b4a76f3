/// When a practice happens; the groups of the practice library.
public enum PracticeGroup: String, CaseIterable, Codable, Hashable, Sendable {
    case morningEvening = "morning-evening"
    case throughTheDay = "through-the-day"
    case duringTension = "during-tension"
    case atWork = "at-work"
    case onScreens = "on-screens"
    case capitalization
    case community
}
