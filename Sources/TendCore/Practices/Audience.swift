/// Who a practice is for.
public enum Audience: String, CaseIterable, Codable, Hashable, Sendable {
    case partner, friend, colleague, family, stranger
}
