import TendCore
import TendJournalFormat

/// What `tend focus` prints: a few lines for people, one JSON object for scripts.
enum FocusReport {
    /// How far back `tend focus` reads, as the app does.
    static let recentDays = 120

    /// "The real good morning, for Ana".
    static func cardText(_ name: String, person: String?) -> String {
        PromptLibrary.builtIn.focus.card(name, for: person)
    }

    /// The focus's card by name (its id when no card has it any more).
    static func name(_ current: FocusNow, library: PracticeLibrary) -> String {
        RecordSummary.practiceName(current.card, in: library)
    }

    static func text(_ current: FocusNow?, library: PracticeLibrary) -> String {
        guard let current else {
            return "No focus this week. `tend focus start ID` keeps one card for seven days; `tend practices` lists them."
        }
        let card = SafeText.line(cardText(name(current, library: library), person: current.person))
        let week = current.week
        let range = "\(week.firstDay.shortText) to \(week.lastDay.shortText)"
        var lines: [String]
        if current.isUpcoming {
            lines = ["Your week of \(card) begins tomorrow, \(week.firstDay.shortText)."]
        } else if current.isReflectionDue {
            // The days it happened, when there were some: a compass, never a grade.
            let done = week.doneDayNumbers.count
            let happened = done == 0 ? "" : "; it happened on \(Plural.count(done, "day"))"
            lines = ["Your week of \(card) is over (\(range))\(happened).",
                     "Open tend to look back on it: one minute."]
        } else {
            lines = ["Day \(current.day) of your week: \(card)"]
        }
        lines.append("  " + marks(current) + "   " + range)
        if let practice = library.practice(withID: current.card) {
            lines.append("  " + SafeText.line(practice.how))
        }
        return lines.joined(separator: "\n")
    }

    /// "Stopped your week of … on day 3.", or for a week not begun yet, that it will not begin.
    static func stopped(_ current: FocusNow, library: PracticeLibrary) -> String {
        let name = SafeText.line(name(current, library: library))
        return current.isUpcoming ? "Your week of \(name) will not begin." : "Stopped your week of \(name) on day \(current.day)."
    }

    /// "● ● ○ · · · ·": happened, passed, to come.
    static func marks(_ current: FocusNow) -> String {
        current.marks.map { mark in
            switch mark {
            case .done: "●"
            case .notDone: "○"
            case .toCome: "·"
            }
        }.joined(separator: " ")
    }

    static func json(_ current: FocusNow?, library: PracticeLibrary) -> String {
        var object = JSONObject()
        guard let current else {
            // The same keys with nothing in them, so a script never meets a missing one.
            object.members = ["id", "card", "name", "person", "started"].map { .init($0, .null) }
                + [.init("day", .int(0)), .init("done", .array([])), .init("ended", .bool(false)), .init("reflectionDue", .bool(false))]
            return String(decoding: JSONLineWriter.line(object), as: UTF8.self)
        }
        object.add("id", current.week.id.rawValue)
        object.add("card", current.card)
        object.add("name", name(current, library: library))
        object.members.append(.init("person", current.person.map { .string($0) } ?? .null))
        object.add("started", current.week.firstDay.description)
        object.add("day", current.day)
        object.members.append(.init("done", .array(current.week.doneDayNumbers.map { .int($0) })))
        object.add("ended", current.hasEnded)
        object.add("reflectionDue", current.isReflectionDue)
        return String(decoding: JSONLineWriter.line(object), as: UTF8.self)
    }
}
