import Foundation
import Testing
@testable import TendCore

/// `tend today`'s words: each ritual done or when it is due, pauses, balance.
@Suite("Today's status line")
struct TodayStatusTests {
    static let day = LocalDay(year: 2026, month: 11, day: 25)!  // a Wednesday

    static func record(_ payload: Payload, _ time: String) -> Record {
        Record(payload, at: LocalTime(iso8601: "2026-11-\(time)+01:00")!)
    }

    @Test("the example from the issue: morning done, two pauses, bedtime ahead, 3 : 1")
    func example() {
        let records = [
            Self.record(.checkIn(CheckIn(mood: 4, intention: .listen, practice: "reunion-ten-minutes", person: "Ana")), "25T07:10:00"),
            Self.record(.pause(Pause(intention: .notice, plannedSeconds: 5, actualSeconds: 5, outcome: .completed)), "25T09:55:00"),
            Self.record(.pause(Pause(intention: .notice, plannedSeconds: 5, actualSeconds: 2, outcome: .cancelled)), "25T10:55:00"),
            Self.record(.pause(Pause(intention: .listen, plannedSeconds: 5, actualSeconds: 5, outcome: .completed)), "25T13:00:00"),
            Self.record(.appreciation(Appreciation(person: "Zoë", text: "x")), "23T21:30:00"),
            Self.record(.tally(Tally(tone: .positive, text: "a")), "24T12:00:00"),
            Self.record(.tally(Tally(tone: .positive, text: "b")), "24T13:00:00"),
            Self.record(.tally(Tally(tone: .negative, text: "c")), "24T14:00:00"),
            Self.record(.tally(Tally(tone: .negative, text: "last week")), "22T14:00:00"),
        ]
        let status = TodayStatus(records: records, schedule: .defaults, today: Self.day, minutesSinceMidnight: 14 * 60)
        #expect(status.line == "✓ morning · pause 2 · bedtime at 21:30 · 3 : 1")
        #expect(status.focus == TodayStatus.Focus(intention: .listen, practice: "reunion-ten-minutes", person: "Ana", mood: 4))
        #expect(status.statusClass == "ahead")
    }

    @Test("due in the hour after its time, open after that, never a word of loss")
    func states() {
        let at = { (minutes: Int) in TodayStatus(records: [], schedule: .defaults, today: Self.day, minutesSinceMidnight: minutes) }
        #expect(at(7 * 60).line == "morning at 07:30 · bedtime at 21:30")
        #expect(at(7 * 60 + 45).line == "morning now · bedtime at 21:30")
        #expect(at(7 * 60 + 45).statusClass == "due")
        #expect(at(12 * 60).line == "morning open · bedtime at 21:30")
        #expect(at(23 * 60).line == "morning open · bedtime open")
        var weekdays = Schedule.defaults
        weekdays.morning.days = Weekdays([.saturday, .sunday])
        let off = TodayStatus(records: [Self.record(.appreciation(Appreciation(person: "A", text: "t")), "25T21:00:00")],
                              schedule: weekdays, today: Self.day, minutesSinceMidnight: 22 * 60)
        #expect(off.line == "✓ bedtime · 1 : 0")
        #expect(off.statusClass == "done")
    }
}
