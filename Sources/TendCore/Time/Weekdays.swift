/// The days of the week a prompt fires on, as the config writes them:
/// `"all"`, `"weekdays"`, `"weekends"`, `"never"`, a range such as `"mon-fri"`
/// (ranges may wrap: `"fri-mon"`), a comma list such as `"mon, wed"`,
/// or a TOML list such as `["mon", "wed"]`.
public struct Weekdays: Hashable, Sendable, CustomStringConvertible {
    public var days: Set<Weekday>

    public init(_ days: Set<Weekday>) { self.days = days }

    public static let all = Weekdays(Set(Weekday.allCases))
    public static let workdays = Weekdays([.monday, .tuesday, .wednesday, .thursday, .friday])
    public static let weekends = Weekdays([.saturday, .sunday])
    public static let never = Weekdays([])

    /// What a valid value looks like, for messages about a bad one.
    public static let expectation =
        #""all", "weekdays", "weekends", "never", a range like "mon-fri", or a list like ["mon", "wed"]"#

    public func contains(_ day: Weekday) -> Bool { days.contains(day) }

    /// Parses the string form. Nil for anything it does not recognise,
    /// including an empty string.
    public init?(spec: String) {
        let trimmed = Weekdays.trim(spec).lowercased()
        switch trimmed {
        case "all", "daily", "every day": self = .all; return
        case "weekdays": self = .workdays; return
        case "weekends": self = .weekends; return
        case "never": self = .never; return
        default: break
        }
        let parts = trimmed.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard let days = Weekdays(names: parts) else { return nil }
        self = days
    }

    /// Parses a list of day names or ranges; nil when the list is empty or any item is unknown.
    public init?(names: [String]) {
        guard !names.isEmpty else { return nil }
        var days = Set<Weekday>()
        for name in names {
            guard let some = Weekdays.parseItem(Weekdays.trim(name)) else { return nil }
            days.formUnion(some)
        }
        self.days = days
    }

    private static func parseItem(_ item: String) -> Set<Weekday>? {
        let ends = item.split(separator: "-", omittingEmptySubsequences: false)
        switch ends.count {
        case 1:
            return Weekday(name: item).map { [$0] }
        case 2:
            guard let first = Weekday(name: Weekdays.trim(String(ends[0]))),
                  let last = Weekday(name: Weekdays.trim(String(ends[1]))) else { return nil }
            var days = Set<Weekday>()
            var index = first.mondayFirstIndex
            while true {
                days.insert(Weekday.mondayFirst[index])
                if index == last.mondayFirstIndex { break }
                index = (index + 1) % 7
            }
            return days
        default:
            return nil
        }
    }

    /// A short human summary: "every day", "weekdays", "weekends", "never", or "Mon, Wed, Fri".
    public var description: String {
        switch self {
        case .all: return "every day"
        case .workdays: return "weekdays"
        case .weekends: return "weekends"
        case .never: return "never"
        default:
            return Weekday.mondayFirst.filter(days.contains).map { $0.shortName.prefix(1).uppercased() + $0.shortName.dropFirst() }.joined(separator: ", ")
        }
    }

    private static func trim(_ text: String) -> String {
        var view = Substring(text)
        while let first = view.first, first == " " || first == "\t" { view.removeFirst() }
        while let last = view.last, last == " " || last == "\t" { view.removeLast() }
        return String(view)
    }
}
