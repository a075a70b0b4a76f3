/// The rituals at work of this week (Monday to Sunday): meetings opened
/// with a breath together or a thank-you, and closed with the round, by
/// meeting. A meeting is one label on one day, however many rituals it had.
public struct MeetingStats: Hashable, Sendable {
    public private(set) var breaths = 0
    /// Thank-yous written to open a meeting (they count as appreciations too).
    public private(set) var appreciations = 0
    public private(set) var rounds = 0
    /// Meeting rituals in the whole journal, so a week view shows the
    /// section only to people who hold them.
    public private(set) var allTime = 0
    private var meetingsThisWeek: Set<Key> = []
    /// This week's meetings by folded label: the spelling first seen, and how many.
    private var byLabel: [String: Held] = [:]

    private struct Held: Hashable, Sendable {
        var label: String
        var count = 0
    }

    private struct Key: Hashable, Sendable {
        var day: Int
        var label: String
    }

    init() {}

    mutating func addBreath(label: String?, day: Int, isThisWeek: Bool) {
        if isThisWeek { breaths += 1 }
        count(label: label, day: day, isThisWeek: isThisWeek)
    }

    mutating func addAppreciation(label: String?, day: Int, isThisWeek: Bool) {
        if isThisWeek { appreciations += 1 }
        count(label: label, day: day, isThisWeek: isThisWeek)
    }

    mutating func addRound(label: String?, day: Int, isThisWeek: Bool) {
        if isThisWeek { rounds += 1 }
        count(label: label, day: day, isThisWeek: isThisWeek)
    }

    /// One ritual on `day`: counted in all, and toward its meeting when it is this week's.
    private mutating func count(label: String?, day: Int, isThisWeek: Bool) {
        allTime += 1
        guard isThisWeek else { return }
        let name = label?.trimmed() ?? ""
        let key = PersonName.key(name)
        guard meetingsThisWeek.insert(Key(day: day, label: key)).inserted, !key.isEmpty else { return }
        byLabel[key, default: Held(label: name)].count += 1
    }

    /// Meetings with a ritual this week.
    public var meetings: Int { meetingsThisWeek.count }

    /// Meetings opened this week with a breath or a thank-you.
    public var opened: Int { breaths + appreciations }

    /// This week's meetings by label, most often first (then by name), each
    /// meeting counted once a day.
    public var labels: [(label: String, count: Int)] {
        byLabel.values.map { (label: $0.label, count: $0.count) }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.label < $1.label }
    }
}
