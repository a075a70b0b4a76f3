import Foundation
import Testing
@testable import TendCore

/// `tend today`'s focus: the week's focus while one runs, the morning's
/// practice only when none does.
@Suite("Today's focus")
struct TodayFocusTests {
    static let day = LocalDay(year: 2026, month: 11, day: 25)!  // a Wednesday
    static let noon = LocalTime(iso8601: "2026-11-25T12:00:00+01:00")!

    static func record(_ payload: Payload, _ time: String) -> Record {
        Record(payload, at: LocalTime(iso8601: "2026-11-\(time)+01:00")!)
    }

    static let checkIn = record(.checkIn(CheckIn(mood: 4, intention: .listen, practice: "reunion-ten-minutes", person: "Ana")),
                                "25T07:10:00")

    /// A focus on `card` for Zoë, chosen `daysAgo` before today (0: it began today).
    static func focus(startingDaysAgo daysAgo: Int) -> Record {
        record(.focus(Focus(card: "good-morning-by-name", person: "Zoë", start: day.adding(days: -daysAgo))), "20T08:00:00")
    }

    static func status(_ records: [Record]) -> TodayStatus {
        TodayStatus(records: records, schedule: .defaults, today: day, minutesSinceMidnight: 12 * 60,
                    focusWeek: FocusTracker.current(in: records, now: noon))
    }

    @Test("a running week's focus is today's, with the check-in's intention and mood beside it")
    func weekWins() {
        let status = Self.status([Self.focus(startingDaysAgo: 2), Self.checkIn])
        #expect(status.focus == TodayStatus.Focus(intention: .listen, practice: "good-morning-by-name", person: "Zoë", mood: 4,
                                                  weekDay: 3))
    }

    @Test("a running week is the focus even before the morning's check-in")
    func weekWithoutCheckIn() {
        let status = Self.status([Self.focus(startingDaysAgo: 0)])
        #expect(status.focus == TodayStatus.Focus(intention: nil, practice: "good-morning-by-name", person: "Zoë", mood: nil,
                                                  weekDay: 1))
    }

    @Test("with no week running (none, not begun, or over) the check-in's practice is the focus",
          arguments: [nil, -1, 7, 9] as [Int?])
    func checkInWhenNoWeek(daysAgo: Int?) {
        let records = (daysAgo.map { [Self.focus(startingDaysAgo: $0)] } ?? []) + [Self.checkIn]
        #expect(Self.status(records).focus == TodayStatus.Focus(intention: .listen, practice: "reunion-ten-minutes",
                                                                person: "Ana", mood: 4, weekDay: nil))
    }

    @Test("no week and no check-in: no focus")
    func nothing() {
        #expect(Self.status([]).focus == nil)
    }
}
