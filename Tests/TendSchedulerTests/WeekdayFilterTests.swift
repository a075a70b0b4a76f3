import Foundation
import Testing
import TendCore
import TendScheduler

/// Prompts fire only on their days.
@Suite("Weekday filters")
struct WeekdayFilterTests {
    let standUp = Fixtures.pause("09:55", "before stand-up", days: .workdays)

    @Test("a weekday pause is not due on a Saturday")
    func notOnSaturday() {
        let scheduler = Fixtures.scheduler(morning: nil, bedtime: nil, pauses: [standUp])
        let due = scheduler.due(at: Fixtures.at("2026-06-13T10:00:00+02:00"), fired: [], timeZone: Fixtures.berlin)
        #expect(due.isEmpty)
    }

    @Test("a weekday pause is due on a Friday")
    func onFriday() {
        let scheduler = Fixtures.scheduler(morning: nil, bedtime: nil, pauses: [standUp])
        let due = scheduler.due(at: Fixtures.at("2026-06-12T09:55:00+02:00"), fired: [], timeZone: Fixtures.berlin)
        #expect(due.map(\.prompt.id) == [standUp.id])
    }

    @Test("after Friday's pause the next one is on Monday")
    func fridayToMonday() {
        let scheduler = Fixtures.scheduler(morning: nil, bedtime: nil, pauses: [standUp])
        let next = scheduler.nextFire(of: standUp, after: Fixtures.at("2026-06-12T10:00:00+02:00"), timeZone: Fixtures.berlin)
        #expect(next == Fixtures.at("2026-06-15T09:55:00+02:00"))
    }

    @Test("the weekday is the local one, not UTC's")
    func localWeekday() {
        // Monday 00:30 in Tokyo is still Sunday in UTC.
        let early = Fixtures.pause("00:30", "early", days: Weekdays([.monday]))
        let scheduler = Fixtures.scheduler(morning: nil, bedtime: nil, pauses: [early])
        let due = scheduler.due(at: Fixtures.at("2026-06-15T00:30:00+09:00"), fired: [], timeZone: Fixtures.tokyo)
        #expect(due.count == 1)
    }

    @Test("a prompt set to never does not fire and has no next time")
    func never() {
        let scheduler = Fixtures.scheduler(morning: nil, bedtime: nil)
        #expect(scheduler.nextFire(of: scheduler.schedule.morning, after: Fixtures.at("2026-06-10T00:00:00Z"), timeZone: Fixtures.utc) == nil)
    }
}
