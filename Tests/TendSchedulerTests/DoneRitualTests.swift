import Foundation
import Testing
import TendCore
import TendScheduler

/// A ritual already done that local day is not offered again.
@Suite("Rituals already done")
struct DoneRitualTests {
    let scheduler = Fixtures.scheduler()
    let tenth = Fixtures.day("2026-06-10")

    func record(_ payload: Payload, at iso: String) -> Record {
        Record(payload, at: LocalTime(iso8601: iso) ?? LocalTime(secondsSince1970: 0, utcOffsetSeconds: 0))
    }

    @Test("a check-in settles that day's morning prompt, an appreciation its bedtime prompt")
    func whatSettlesWhat() {
        let done = DoneRituals.firings(in: [
            record(.checkIn(CheckIn(mood: 3, intention: .listen, practice: "x")), at: "2026-06-10T06:50:00+02:00"),
            record(.appreciation(Appreciation(person: "Zoë", text: "You laughed at my joke.")), at: "2026-06-10T21:00:00+02:00"),
            record(.pause(Pause(intention: .notice, plannedSeconds: 5, actualSeconds: 5, outcome: .completed)),
                   at: "2026-06-10T09:50:00+02:00"),
        ])
        #expect(done == [Firing(promptID: .morning, day: tenth), Firing(promptID: .bedtime, day: tenth)])
    }

    @Test("the bedtime prompt is not offered after tonight's appreciation, on time or later")
    func bedtimeDone() {
        let done: Set<Firing> = [Firing(promptID: .bedtime, day: tenth)]
        for time in ["2026-06-10T21:30:00+02:00", "2026-06-10T23:00:00+02:00"] {
            let due = scheduler.due(at: Fixtures.at(time), fired: [Firing(promptID: .morning, day: tenth)], done: done,
                                    timeZone: Fixtures.berlin)
            #expect(due.isEmpty, "\(time): \(due)")
        }
    }

    @Test("a morning check-in done before 07:30 means no morning prompt and no wake for it")
    func morningDoneEarly() {
        let done: Set<Firing> = [Firing(promptID: .morning, day: tenth)]
        let now = Fixtures.at("2026-06-10T07:00:00+02:00")
        #expect(scheduler.due(at: Fixtures.at("2026-06-10T07:30:00+02:00"), fired: [], done: done, timeZone: Fixtures.berlin).isEmpty)
        #expect(scheduler.nextWake(after: now, fired: [], done: done, timeZone: Fixtures.berlin)
                == Fixtures.at("2026-06-10T21:30:00+02:00"))
    }

    @Test("a snoozed prompt whose ritual was done meanwhile does not come back")
    func snoozeThenDone() {
        let firing = Firing(promptID: .bedtime, day: tenth)
        let snooze = Snooze(firing: firing, until: Fixtures.at("2026-06-10T21:40:00+02:00"))
        let due = scheduler.due(at: Fixtures.at("2026-06-10T21:41:00+02:00"), fired: [Firing(promptID: .morning, day: tenth), firing],
                                done: [firing], snoozes: [snooze], timeZone: Fixtures.berlin)
        #expect(due.isEmpty)
        #expect(scheduler.nextWake(after: Fixtures.at("2026-06-10T21:35:00+02:00"), fired: [firing], done: [firing],
                                   snoozes: [snooze], timeZone: Fixtures.berlin) != snooze.until)
    }

    @Test("yesterday's check-in does not settle today's morning prompt")
    func onlyThatDay() {
        let done: Set<Firing> = [Firing(promptID: .morning, day: tenth)]
        let due = scheduler.due(at: Fixtures.at("2026-06-11T07:30:00+02:00"), fired: [], done: done, timeZone: Fixtures.berlin)
        #expect(due.map(\.prompt.kind) == [.morning])
    }
}
