import Foundation
import Testing
import TendCore
import TendScheduler

/// The wall clock is set back or forward while Tend is watching.
@Suite("Clock jumps")
struct ClockJumpTests {
    @Test("a clock set back an hour after the morning prompt does not fire it again")
    func jumpBackDoesNotRefire() {
        // 07:30 fires; at 07:40 the clock is set back to 06:40 and runs on to 09:00.
        let before = Fixtures.every(60, from: Fixtures.at("2026-06-10T07:00:00+02:00"), through: Fixtures.at("2026-06-10T07:40:00+02:00"))
        let after = Fixtures.every(60, from: Fixtures.at("2026-06-10T06:40:00+02:00"), through: Fixtures.at("2026-06-10T09:00:00+02:00"))
        let offered = Fixtures.run(Fixtures.scheduler(), at: before + after, timeZone: Fixtures.berlin)
        #expect(offered.map(\.due.prompt.kind) == [.morning])
    }

    @Test("a clock set forward past two prompts offers each once, as a catch-up")
    func jumpForwardCatchesUp() {
        let standUp = Fixtures.pause("09:55", "before stand-up", days: .workdays)
        let scheduler = Fixtures.scheduler(pauses: [standUp])
        let instants = [Fixtures.at("2026-06-10T07:00:00+02:00")]
            + Fixtures.every(60, from: Fixtures.at("2026-06-10T10:30:00+02:00"), through: Fixtures.at("2026-06-10T11:00:00+02:00"))
        let offered = Fixtures.run(scheduler, at: instants, timeZone: Fixtures.berlin)
        #expect(offered.map(\.due.prompt.id) == [.morning, standUp.id])
        #expect(offered.map(\.due.lateness) == [3 * 3600, 35 * 60])
        #expect(offered.allSatisfy { $0.due.isCatchUp })
    }

    @Test("a clock set back across midnight does not refire the previous day's prompts")
    func jumpBackAcrossMidnight() {
        let tenth = Fixtures.day("2026-06-10")
        let fired: Set<Firing> = [Firing(promptID: .morning, day: tenth), Firing(promptID: .bedtime, day: tenth)]
        // It was already 00:10 on the 11th; the clock is set back to 23:50 on the 10th.
        let due = Fixtures.scheduler().due(at: Fixtures.at("2026-06-10T23:50:00+02:00"), fired: fired, timeZone: Fixtures.berlin)
        #expect(due.isEmpty)
    }
}
