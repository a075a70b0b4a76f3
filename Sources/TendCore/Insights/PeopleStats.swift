import Foundation

/// Who has been appreciated: how often this calendar month, and who has
/// gone longest without a word of thanks. Names match as `PersonName`
/// matches them (ignoring case, accents and surrounding spaces); the latest
/// spelling is shown.
public struct PeopleStats: Hashable, Sendable {
    /// A person and a number of appreciations.
    public struct Count: Hashable, Sendable {
        public var name: String
        public var count: Int
    }

    /// A person and the day of their latest appreciation.
    public struct Quiet: Hashable, Sendable {
        public var name: String
        public var lastDay: LocalDay
        /// Days from `lastDay` to today.
        public var days: Int
    }

    private struct Person: Hashable, Sendable {
        var name: String
        var lastSeconds: Int64
        var lastDay: Int
        var thisMonth: Int
    }

    private let monthStart: Int
    private let today: LocalDay
    private var people: [String: Person] = [:]
    /// Each spelling met, and the key it folds to.
    private var keys: [String: String] = [:]

    init(today: LocalDay) {
        self.today = today
        monthStart = today.daysSinceEpoch - (today.day - 1)
    }

    mutating func add(_ appreciation: Appreciation, day: Int, seconds: Int64) {
        let name = appreciation.person
        // Trimming and folding cost more than the rest of the pass together;
        // the same few names come back thousands of times, so do it once each.
        let key: String
        if let known = keys[name] {
            key = known
        } else {
            key = PersonName.key(name)
            keys[name] = key
        }
        guard !key.isEmpty else { return }
        var person = people[key] ?? Person(name: name, lastSeconds: .min, lastDay: .min, thisMonth: 0)
        if seconds >= person.lastSeconds {
            person.name = name
            person.lastSeconds = seconds
            person.lastDay = day
        }
        if day >= monthStart, day <= today.daysSinceEpoch { person.thisMonth += 1 }
        people[key] = person
    }

    /// Everyone appreciated this month, most first (ties by name).
    public var thisMonth: [Count] {
        people.values.filter { $0.thisMonth > 0 }
            .map { Count(name: Self.shown($0.name), count: $0.thisMonth) }
            .sorted { a, b in a.count != b.count ? a.count > b.count : a.name.lowercased() < b.name.lowercased() }
    }

    /// The person whose latest appreciation is the oldest (ties by name).
    public var quietest: Quiet? {
        let person = people.values.min { a, b in
            a.lastDay != b.lastDay ? a.lastDay < b.lastDay : a.name.lowercased() < b.name.lowercased()
        }
        return person.map {
            Quiet(name: Self.shown($0.name), lastDay: LocalDay(daysSinceEpoch: $0.lastDay), days: today.daysSinceEpoch - $0.lastDay)
        }
    }

    private static func shown(_ name: String) -> String { name.trimmed() }

    /// How many different people have ever been appreciated.
    public var everyoneCount: Int { people.count }
}
