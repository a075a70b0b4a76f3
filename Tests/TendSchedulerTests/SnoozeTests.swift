import Foundation
import Testing
import TendCore
import TendScheduler

/// A snoozed prompt comes back after the snooze minutes.
@Suite("Snooze")
struct SnoozeTests {
    let scheduler = Fixtures.scheduler(snooze: 10)
    let morningToday = Firing(promptID: .morning, day: Fixtures.day("2026-06-10"))

    func snoozedMorning() throws -> Snooze {
        let now = Fixtures.at("2026-06-10T07:30:00+02:00")
        let due = try #require(scheduler.due(at: now, fired: [], timeZone: Fixtures.berlin).first)
        return scheduler.snooze(due, at: Fixtures.at("2026-06-10T07:31:00+02:00"))
    }

    @Test("snoozing puts the prompt off by the snooze minutes from the moment of snoozing")
    func snoozeLength() throws {
        #expect(try snoozedMorning().until == Fixtures.at("2026-06-10T07:41:00+02:00"))
    }

    @Test("a snoozed prompt is not due before its snooze ends")
    func notBefore() throws {
        let due = scheduler.due(at: Fixtures.at("2026-06-10T07:40:59+02:00"), fired: [morningToday],
                                snoozes: [try snoozedMorning()], timeZone: Fixtures.berlin)
        #expect(due.isEmpty)
    }

    @Test("a snoozed prompt comes back when its snooze ends, marked as snoozed")
    func comesBack() throws {
        let due = scheduler.due(at: Fixtures.at("2026-06-10T07:41:00+02:00"), fired: [morningToday],
                                snoozes: [try snoozedMorning()], timeZone: Fixtures.berlin)
        #expect(due.map(\.reason) == [.snoozed])
        #expect(due.map(\.firing) == [morningToday])
    }

    @Test("a snooze that ran out on an earlier day is stale and not offered")
    func staleSnooze() {
        let snooze = Snooze(firing: Firing(promptID: .bedtime, day: Fixtures.day("2026-06-10")), until: Fixtures.at("2026-06-10T22:00:00+02:00"))
        let now = Fixtures.at("2026-06-11T07:00:00+02:00")
        #expect(scheduler.due(at: now, fired: [], snoozes: [snooze], timeZone: Fixtures.berlin).isEmpty)
        #expect(scheduler.isStale(snooze, at: now, timeZone: Fixtures.berlin))
    }

    @Test("a snooze of a prompt no longer in the schedule is stale")
    func removedPrompt() {
        let snooze = Snooze(firing: Firing(promptID: PromptID(rawValue: "pause:09:55:gone"), day: Fixtures.day("2026-06-10")),
                            until: Fixtures.at("2026-06-10T10:05:00+02:00"))
        #expect(scheduler.isStale(snooze, at: Fixtures.at("2026-06-10T10:00:00+02:00"), timeZone: Fixtures.berlin))
    }
}
