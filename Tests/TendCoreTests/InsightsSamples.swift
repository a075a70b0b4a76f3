import TendCore

/// Fixed data sets for the insights tests: records at given local times,
/// and a small practice library whose groups the tests control.
enum InsightsSamples {
    /// Monday 23 November 2026, the "today" of most tests.
    static let today = day("2026-11-23")

    static func day(_ text: String) -> LocalDay {
        LocalDay(parsing: text) ?? LocalDay(daysSinceEpoch: 0)
    }

    static func time(_ iso: String) -> LocalTime {
        LocalTime(iso8601: iso) ?? LocalTime(secondsSince1970: 0, utcOffsetSeconds: 0)
    }

    static func record(_ iso: String, _ payload: Payload) -> Record {
        Record(payload, at: time(iso))
    }

    static func checkIn(_ iso: String, mood: Int = 3, practice: String = "hello", done: Bool? = nil) -> Record {
        record(iso, .checkIn(CheckIn(mood: mood, intention: .listen, practice: practice, practiceDone: done)))
    }

    static func thanks(_ iso: String, to person: String = "Ana") -> Record {
        record(iso, .appreciation(Appreciation(person: person, text: "Thank you for the tea.")))
    }

    static func pause(_ iso: String, _ intention: Intention = .notice, _ outcome: Pause.Outcome = .completed) -> Record {
        record(iso, .pause(Pause(intention: intention, plannedSeconds: 5, actualSeconds: 5, outcome: outcome)))
    }

    /// Three cards in two groups, and an empty third group.
    static let library = PracticeLibrary(practices: [
        card("hello", "Say hello properly", .morningEvening),
        card("goodnight", "Goodnight, properly", .morningEvening),
        card("breath", "One breath first", .duringTension),
        card("thanks-at-work", "Open with thanks", .atWork),
    ])

    private static func card(_ id: String, _ name: String, _ group: PracticeGroup) -> Practice {
        Practice(id: id, name: name, group: group, how: "Do it.", why: "It helps.", when: [], where: [],
                 audiences: [], seconds: 10)
    }

    /// A check-in every day of the year up to `today`, except all of August
    /// and the Wednesdays of November. The mood follows the weekday: Monday
    /// 1, Tuesday 2, … Friday 5, Saturday 1, Sunday 2.
    static var yearWithGaps: [Record] {
        (0..<365).compactMap { offset -> Record? in
            let day = today.adding(days: -offset)
            if day.year == 2026, day.month == 8 { return nil }
            if day.year == 2026, day.month == 11, day.weekday == .wednesday { return nil }
            let mood = day.weekday.mondayFirstIndex % 5 + 1
            return checkIn("\(day)T08:00:00+01:00", mood: mood)
        }
    }
}
