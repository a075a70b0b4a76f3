import TendCore

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
            let done = week.doneDayNumbers.count
            lines = ["Your week of \(card) is over (\(range)); it happened on \(done) of 7 days.",
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
