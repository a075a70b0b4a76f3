/// The `when` tags of a practice card: the times of day it fits.
public enum PracticeTime: String, CaseIterable, Codable, Hashable, Sendable {
    case morning, daytime, evening, night
}
