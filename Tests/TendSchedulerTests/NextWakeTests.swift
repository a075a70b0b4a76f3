import Foundation
import Testing
import TendCore
import TendScheduler

/// When the run loop and `tend remind` should look again.
@Suite("Next wake")
struct NextWakeTests {
    let standUp = Fixtures.pause("09:55", "before stand-up", days: .workdays)

    @Test("the next wake is the earliest prompt still to come")
    func earliest() {
        let scheduler = Fixtures.scheduler(pauses: [standUp])
        let wake = scheduler.nextWake(after: Fixtures.at("2026-06-10T08:00:00+02:00"), fired: [], timeZone: Fixtures.berlin)
        #expect(wake == Fixtures.at("2026-06-10T09:55:00+02:00"))
    }

    @Test("the next wake skips a prompt already fired today")
    func skipsFired() {
        let fired: Set<Firing> = [Firing(promptID: standUp.id, day: Fixtures.day("2026-06-10"))]
        let scheduler = Fixtures.scheduler(pauses: [standUp])
        let wake = scheduler.nextWake(after: Fixtures.at("2026-06-10T08:00:00+02:00"), fired: fired, timeZone: Fixtures.berlin)
        #expect(wake == Fixtures.at("2026-06-10T21:30:00+02:00"))
    }

    @Test("after bedtime the next wake is tomorrow's morning")
    func tomorrow() {
        let wake = Fixtures.scheduler().nextWake(after: Fixtures.at("2026-06-10T22:00:00+02:00"), fired: [], timeZone: Fixtures.berlin)
        #expect(wake == Fixtures.at("2026-06-11T07:30:00+02:00"))
    }

    @Test("a snooze ending before any prompt is the next wake")
    func snoozeFirst() {
        let snooze = Snooze(firing: Firing(promptID: .morning, day: Fixtures.day("2026-06-10")), until: Fixtures.at("2026-06-10T07:41:00+02:00"))
        let wake = Fixtures.scheduler().nextWake(after: Fixtures.at("2026-06-10T07:31:00+02:00"), fired: [], snoozes: [snooze], timeZone: Fixtures.berlin)
        #expect(wake == snooze.until)
    }

    @Test("with every prompt set to never there is no next wake")
    func nothingEnabled() {
        let wake = Fixtures.scheduler(morning: nil, bedtime: nil).nextWake(after: Fixtures.at("2026-06-10T08:00:00Z"), fired: [], timeZone: Fixtures.utc)
        #expect(wake == nil)
    }

    @Test("the next wake across the spring-forward gap is the end of the gap")
    func acrossGap() {
        let wake = Fixtures.scheduler(morning: "02:30", bedtime: nil)
            .nextWake(after: Fixtures.at("2026-03-29T01:00:00+01:00"), fired: [], timeZone: Fixtures.berlin)
        #expect(wake == Fixtures.at("2026-03-29T03:00:00+02:00"))
    }

    @Test("a background reminder sleeps until the next wake when it is close")
    func sleepsUntilWake() {
        let interval = Fixtures.scheduler().sleepInterval(from: Fixtures.at("2026-06-10T07:29:40+02:00"), fired: [], timeZone: Fixtures.berlin)
        #expect(interval == 20)
    }

    @Test("a background reminder never sleeps longer than a minute")
    func sleepsAtMostAMinute() {
        let interval = Fixtures.scheduler().sleepInterval(from: Fixtures.at("2026-06-10T12:00:00+02:00"), fired: [], timeZone: Fixtures.berlin)
        #expect(interval == 60)
    }
}
