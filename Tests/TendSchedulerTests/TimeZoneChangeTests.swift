import Foundation
import Testing
import TendCore
import TendScheduler

/// The user travels: prompt times follow the wall clock of the zone they are in.
@Suite("Time zone changes")
struct TimeZoneChangeTests {
    let scheduler = Fixtures.scheduler()

    @Test("prompt times are wall-clock times in the zone passed in")
    func followsNewZone() {
        let next = scheduler.nextFire(of: scheduler.schedule.morning, after: Fixtures.at("2026-06-10T00:00:00-04:00"),
                                      timeZone: Fixtures.newYork)
        #expect(next == Fixtures.at("2026-06-10T07:30:00-04:00"))
    }

    @Test("after flying west, a prompt that fired earlier on the same date is not repeated")
    func westSameDate() {
        // Morning fired at 07:30 in Berlin (01:30 in New York), same date.
        let fired: Set<Firing> = [Firing(promptID: .morning, day: Fixtures.day("2026-06-10"))]
        let due = scheduler.due(at: Fixtures.at("2026-06-10T07:30:00-04:00"), fired: fired, timeZone: Fixtures.newYork)
        #expect(due.isEmpty)
    }

    @Test("after flying east into the next date, the prompt fires again for that date")
    func eastNextDate() {
        // Morning fired 07:30 in New York on the 10th; in Tokyo it is already the 11th.
        let fired: Set<Firing> = [Firing(promptID: .morning, day: Fixtures.day("2026-06-10"))]
        let due = scheduler.due(at: Fixtures.at("2026-06-11T07:30:00+09:00"), fired: fired, timeZone: Fixtures.tokyo)
        #expect(due.map(\.firing) == [Firing(promptID: .morning, day: Fixtures.day("2026-06-11"))])
    }

    @Test("a firing is recorded under the local date of the zone in force")
    func dayKeyInCurrentZone() {
        // 23:30 UTC on the 10th is 08:30 on the 11th in Tokyo.
        let due = Fixtures.scheduler(bedtime: nil).due(at: Fixtures.at("2026-06-10T23:30:00Z"), fired: [], timeZone: Fixtures.tokyo)
        #expect(due.map(\.firing.day) == [Fixtures.day("2026-06-11")])
    }
}
