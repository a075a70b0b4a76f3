import TendCore
import TendTestSupport

/// A small journal for the browser's tests, around Monday 23 November 2026
/// (the fixtures' morning), in UTC like the fixtures' zone.
enum BrowseSamples {
    static func thanks(_ n: Int, _ person: String, _ text: String, _ iso: String) -> Record {
        RecordSamples.appreciation(n, person: person, text: text, at: iso)
    }

    static func pause(_ n: Int, _ iso: String) -> Record {
        Record(id: RecordSamples.id(n), time: RecordSamples.time(iso),
               payload: .pause(Pause(intention: .notice, plannedSeconds: 5, actualSeconds: 5, outcome: .completed)))
    }

    static func checkIn(_ n: Int, _ iso: String) -> Record {
        Record(id: RecordSamples.id(n), time: RecordSamples.time(iso), payload: .checkIn(CheckIn(
            mood: 4, intention: .listen, practice: "six-second-kiss", person: "Ana", note: "slept well")))
    }

    /// Oldest first, as the journal hands it over.
    static let journal: [Record] = [
        thanks(1, "Mum", "Your call on Sunday made my week.", "2025-09-23T20:00:00+00:00"),
        thanks(2, "jose", "Thank you for the long walk and for listening to the whole story about the bus.",
               "2026-10-23T20:00:00+00:00"),
        thanks(3, "Ana", "You laughed at my terrible joke at lunch and it fixed the day", "2026-11-02T13:00:00+00:00"),
        thanks(4, "Kenji 健二", "谢谢 for the tea, it was exactly right", "2026-11-20T08:00:00+00:00"),
        pause(5, "2026-11-21T12:00:00+00:00"),
        thanks(6, "José", "You kept the soup warm for me and waited up 🍲", "2026-11-22T21:30:00+00:00"),
        thanks(7, "Zoë", "I love how you hummed while fixing my bike 🚲", "2026-11-22T22:10:00+00:00"),
        checkIn(8, "2026-11-23T07:10:00+00:00"),
    ]
}
