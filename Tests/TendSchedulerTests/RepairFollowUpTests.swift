import Foundation
import Testing
import TendCore
import TendScheduler

/// The morning after a bedtime "not yet": "Yesterday's repair with Ana: try
/// again today?", from the morning prompt's time, once.
@Suite("The morning line after a repair that had not landed")
struct RepairFollowUpTests {
    let schedule = Fixtures.scheduler().schedule
    let zone = Fixtures.berlin

    func repair(_ who: String = "Ana", landed: Bool?, at iso: String = "2026-06-10T18:00:00+02:00") -> Record {
        Record(.repair(Repair(who: who, latency: .justNow, happened: "I snapped", landed: landed)),
               at: LocalTime(iso8601: iso) ?? LocalTime(secondsSince1970: 0, utcOffsetSeconds: 0))
    }

    @Test("a repair answered not yet is offered the next day from the morning prompt's time, naming the person")
    func offeredNextMorning() throws {
        let record = repair(landed: false)
        #expect(RepairFollowUp.due(records: [record], schedule: schedule, fired: [], at: Fixtures.at("2026-06-11T07:29:00+02:00"),
                                   timeZone: zone) == nil)
        let due = try #require(RepairFollowUp.due(records: [record], schedule: schedule, fired: [],
                                                  at: Fixtures.at("2026-06-11T07:30:30+02:00"), timeZone: zone))
        #expect(due.prompt.kind == .repairAgain(who: "Ana", repair: record.id))
        #expect(due.firing == Firing(promptID: .repairAgain(record.id), day: Fixtures.day("2026-06-11")))
        #expect(due.reason == .onTime)
        #expect(RepairFollowUp.nextWake(after: Fixtures.at("2026-06-11T06:00:00+02:00"), records: [record], schedule: schedule,
                                        fired: [], timeZone: zone) == Fixtures.at("2026-06-11T07:30:00+02:00"))
    }

    @Test("once offered it is not offered again, and it is for the next day only")
    func once() throws {
        let record = repair(landed: false)
        let due = try #require(RepairFollowUp.due(records: [record], schedule: schedule, fired: [],
                                                  at: Fixtures.at("2026-06-11T12:00:00+02:00"), timeZone: zone))
        #expect(due.isCatchUp)
        #expect(RepairFollowUp.due(records: [record], schedule: schedule, fired: [due.firing],
                                   at: Fixtures.at("2026-06-11T12:01:00+02:00"), timeZone: zone) == nil)
        #expect(RepairFollowUp.due(records: [record], schedule: schedule, fired: [],
                                   at: Fixtures.at("2026-06-12T08:00:00+02:00"), timeZone: zone) == nil)
    }

    @Test("a repair that landed, or was never answered, brings no line")
    func onlyNotYet() {
        for landed in [true, nil] as [Bool?] {
            #expect(RepairFollowUp.due(records: [repair(landed: landed)], schedule: schedule, fired: [],
                                       at: Fixtures.at("2026-06-11T08:00:00+02:00"), timeZone: zone) == nil)
        }
    }

    @Test("no line once a repair with the same person was made today; another person's does not count")
    func triedAgainAlready() {
        let yesterday = repair(landed: false)
        let today = repair("ana", landed: nil, at: "2026-06-11T07:00:00+02:00")
        #expect(RepairFollowUp.due(records: [yesterday, today], schedule: schedule, fired: [],
                                   at: Fixtures.at("2026-06-11T08:00:00+02:00"), timeZone: zone) == nil)
        let other = repair("Sam", landed: nil, at: "2026-06-11T07:00:00+02:00")
        #expect(RepairFollowUp.due(records: [yesterday, other], schedule: schedule, fired: [],
                                   at: Fixtures.at("2026-06-11T08:00:00+02:00"), timeZone: zone) != nil)
    }

    @Test("of two repairs yesterday not landed, the later one is offered")
    func latest() throws {
        let first = repair("Sam", landed: false, at: "2026-06-10T09:00:00+02:00")
        let second = repair("Ana", landed: false, at: "2026-06-10T19:00:00+02:00")
        let due = try #require(RepairFollowUp.due(records: [first, second], schedule: schedule, fired: [],
                                                  at: Fixtures.at("2026-06-11T08:00:00+02:00"), timeZone: zone))
        #expect(due.prompt.kind == .repairAgain(who: "Ana", repair: second.id))
    }
}
