import Testing
import TendCore
import TendTestSupport
@testable import TendUI

/// The week's meetings: a section of their own for those who hold them, none for anyone else.
@Suite("The week screen: meetings")
struct WeekMeetingsTests {
    static var meetings: [Record] {
        let monday = WeekSamples.today
        return [
            Record(.meeting(Meeting(ritual: .breath, label: "stand-up")), at: WeekSamples.time(monday, 10)),
            Record(.meeting(Meeting(ritual: .round, label: "stand-up", useful: "the demo")), at: WeekSamples.time(monday, 11)),
            Record(.appreciation(Appreciation(person: "Sam", text: "Your notes helped.", meeting: "retro")),
                   at: WeekSamples.time(monday, 16)),
        ]
    }

    @Test("this week's meetings are counted, with how they opened and closed and which they were")
    func counted() {
        let lines = WeekLayout(stats: HabitStats(records: Self.meetings, today: WeekSamples.today),
                               practices: .builtIn, prompts: .builtIn).compactLines(width: 80).map { $0.spans.map(\.text).joined() }
        let section = lines.drop { !$0.hasPrefix("Meetings") }.joined(separator: " ")
        #expect(section.contains("2 this week"), "\(lines)")
        #expect(section.contains("opened with 1 breath and 1 thank-you"), "\(lines)")
        #expect(section.contains("closed with 1 round"), "\(lines)")
        #expect(section.contains("Held: retro (1), stand-up (1)"), "\(lines)")
    }

    @Test("the week screen with meetings, at every size", arguments: [Size(width: 80, height: 24), Size(width: 40, height: 12)])
    func snapshot(size: Size) {
        var app = WeekScreenTests.open(WeekSamples.journal + Self.meetings, size: size)
        app.press(.end)
        expectSnapshot(app.snapshot, named: "week-meetings-\(size)")
    }

    @Test("no meetings ever: no section about them")
    func none() {
        let lines = WeekLayout(stats: HabitStats(records: WeekSamples.journal, today: WeekSamples.today),
                               practices: .builtIn, prompts: .builtIn).compactLines(width: 80).map { $0.spans.map(\.text).joined() }
        #expect(!lines.contains { $0.contains("Meetings") })
    }
}
