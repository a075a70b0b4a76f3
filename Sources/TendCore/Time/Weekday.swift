/// A day of the week. Raw values follow `Calendar`'s Gregorian numbering
/// (1 is Sunday, 7 is Saturday).
public enum Weekday: Int, CaseIterable, Comparable, Sendable {
    case sunday = 1, monday, tuesday, wednesday, thursday, friday, saturday

    /// The three-letter lowercase name the config uses: "mon".
    public var shortName: String {
        switch self {
        case .sunday: "sun"
        case .monday: "mon"
        case .tuesday: "tue"
        case .wednesday: "wed"
        case .thursday: "thu"
        case .friday: "fri"
        case .saturday: "sat"
        }
    }

    /// "Monday": the English name every screen and page shows.
    public var name: String {
        let word = String(describing: self)
        return word.prefix(1).uppercased() + word.dropFirst()
    }

    /// "Mon".
    public var abbreviation: String { String(name.prefix(3)) }

    /// Accepts the short name or the full English name, in any case: "Mon", "monday".
    public init?(name: String) {
        let lowered = name.lowercased()
        guard let day = Weekday.allCases.first(where: {
            $0.shortName == lowered || String(describing: $0) == lowered
        }) else { return nil }
        self = day
    }

    /// Monday-first position (Monday 0 ... Sunday 6), the order people read a week in.
    public var mondayFirstIndex: Int { (rawValue + 5) % 7 }

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool {
        lhs.mondayFirstIndex < rhs.mondayFirstIndex
    }

    /// Monday, Tuesday, ... Sunday.
    public static let mondayFirst: [Weekday] = [.monday, .tuesday, .wednesday, .thursday, .friday, .saturday, .sunday]
}
