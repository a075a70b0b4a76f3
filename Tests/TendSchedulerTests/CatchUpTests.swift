import Foundation
import Testing
import TendCore
import TendScheduler

/// What happens to prompts nobody was there to see.
@Suite("Catch-up")
struct CatchUpTests {
    let scheduler = Fixtures.scheduler()

    @Test("a laptop waking at 23:00 after sleeping through 07:30 offers the morning prompt as a catch-up")
    func wakeLateSameDay() throws {
        let due = scheduler.due(at: Fixtures.at("2026-06-10T23:00:00+02:00"), fired: [], timeZone: Fixtures.berlin)
        let morning = try #require(due.first { $0.prompt.kind == .morning })
        #expect(morning.reason == .catchUp(late: 15.5 * 3600))
        #expect(morning.firing == Firing(promptID: .morning, day: Fixtures.day("2026-06-10")))
    }

    @Test("a catch-up is offered only once")
    func catchUpOnce() {
        let instants = Fixtures.every(60, from: Fixtures.at("2026-06-10T23:00:00+02:00"), through: Fixtures.at("2026-06-10T23:59:00+02:00"))
        let offered = Fixtures.run(Fixtures.scheduler(bedtime: nil), at: instants, timeZone: Fixtures.berlin)
        #expect(offered.count == 1)
    }

    @Test("the next morning, yesterday's missed bedtime prompt is not offered")
    func yesterdayIsGone() {
        let fired: Set<Firing> = [Firing(promptID: .morning, day: Fixtures.day("2026-06-10"))]
        let due = scheduler.due(at: Fixtures.at("2026-06-11T06:00:00+02:00"), fired: fired, timeZone: Fixtures.berlin)
        #expect(due.isEmpty)
    }

    @Test("a prompt seen within two minutes of its time is on time, not a catch-up")
    func slightlyLateIsOnTime() {
        let due = scheduler.due(at: Fixtures.at("2026-06-10T07:31:30+02:00"), fired: [], timeZone: Fixtures.berlin)
        #expect(due.map(\.reason) == [.onTime])
    }

    @Test("a prompt seen three minutes after its time is a catch-up")
    func threeMinutesLateIsCatchUp() {
        let due = scheduler.due(at: Fixtures.at("2026-06-10T07:33:00+02:00"), fired: [], timeZone: Fixtures.berlin)
        #expect(due.map(\.reason) == [.catchUp(late: 180)])
    }

    @Test("a 23:59 prompt seen just after midnight still fires, for the day it belonged to")
    func justAfterMidnight() {
        let late = Fixtures.scheduler(morning: nil, bedtime: "23:59")
        let due = late.due(at: Fixtures.at("2026-06-11T00:00:30+02:00"), fired: [], timeZone: Fixtures.berlin)
        #expect(due.map(\.firing) == [Firing(promptID: .bedtime, day: Fixtures.day("2026-06-10"))])
    }

    @Test("a look at +120 s that reads the clock a few milliseconds late is still on time")
    func lastSecondOfTheWindow() {
        let due = scheduler.due(at: Fixtures.at("2026-06-10T07:32:00+02:00").addingTimeInterval(0.004), fired: [],
                                timeZone: Fixtures.berlin)
        #expect(due.map(\.reason) == [.onTime])
    }

    @Test("a look at +121 s is a catch-up, late by whole seconds")
    func justPastTheWindow() {
        let due = scheduler.due(at: Fixtures.at("2026-06-10T07:32:01+02:00").addingTimeInterval(0.5), fired: [],
                                timeZone: Fixtures.berlin)
        #expect(due.map(\.reason) == [.catchUp(late: 121)])
    }

    @Test("yesterday's 23:59 prompt seen at 00:01:00 and a moment is still offered, for its own day")
    func twoMinutesPastMidnight() {
        let late = Fixtures.scheduler(morning: nil, bedtime: "23:59")
        let due = late.due(at: Fixtures.at("2026-06-11T00:01:00+02:00").addingTimeInterval(0.3), fired: [],
                           timeZone: Fixtures.berlin)
        #expect(due.map(\.firing) == [Firing(promptID: .bedtime, day: Fixtures.day("2026-06-10"))])
        #expect(due.map(\.reason) == [.onTime])
    }

    @Test("nothing is due before a prompt's time")
    func notBeforeItsTime() {
        let due = scheduler.due(at: Fixtures.at("2026-06-10T07:29:59+02:00"), fired: [], timeZone: Fixtures.berlin)
        #expect(due.isEmpty)
    }

    @Test("a restart with the day's firings recorded offers nothing again")
    func restartOffersNothing() {
        let today = Fixtures.day("2026-06-10")
        let fired: Set<Firing> = [Firing(promptID: .morning, day: today), Firing(promptID: .bedtime, day: today)]
        let due = scheduler.due(at: Fixtures.at("2026-06-10T22:00:00+02:00"), fired: fired, timeZone: Fixtures.berlin)
        #expect(due.isEmpty)
    }

    @Test("several due prompts come earliest first")
    func earliestFirst() {
        let due = scheduler.due(at: Fixtures.at("2026-06-10T23:00:00+02:00"), fired: [], timeZone: Fixtures.berlin)
        #expect(due.map(\.prompt.kind) == [.morning, .bedtime])
    }
}
