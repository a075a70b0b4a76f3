import Foundation
import Testing
import TendCore
import TendScheduler

/// Where a prompt lands on the days the clocks change, and that it fires once.
@Suite("Daylight saving time")
struct DaylightSavingTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var zone: String
        var day: String
        var time: String
        var expected: String
        var testDescription: String { "\(zone) \(day) \(time) -> \(expected)" }
    }

    @Test("a prompt's local time lands on the right instant around the 2026 clock changes", arguments: [
        // Berlin springs forward 2026-03-29 02:00 -> 03:00.
        Case(zone: "Europe/Berlin", day: "2026-03-28", time: "07:30", expected: "2026-03-28T07:30:00+01:00"),
        Case(zone: "Europe/Berlin", day: "2026-03-29", time: "01:59", expected: "2026-03-29T01:59:00+01:00"),
        Case(zone: "Europe/Berlin", day: "2026-03-29", time: "02:00", expected: "2026-03-29T03:00:00+02:00"),
        Case(zone: "Europe/Berlin", day: "2026-03-29", time: "02:30", expected: "2026-03-29T03:00:00+02:00"),
        Case(zone: "Europe/Berlin", day: "2026-03-29", time: "03:00", expected: "2026-03-29T03:00:00+02:00"),
        Case(zone: "Europe/Berlin", day: "2026-03-29", time: "07:30", expected: "2026-03-29T07:30:00+02:00"),
        // Berlin falls back 2026-10-25 03:00 -> 02:00: the first 02:30 counts.
        Case(zone: "Europe/Berlin", day: "2026-10-25", time: "02:30", expected: "2026-10-25T02:30:00+02:00"),
        Case(zone: "Europe/Berlin", day: "2026-10-25", time: "03:00", expected: "2026-10-25T03:00:00+01:00"),
        Case(zone: "Europe/Berlin", day: "2026-10-25", time: "21:30", expected: "2026-10-25T21:30:00+01:00"),
        // New York springs forward 2026-03-08 02:00 -> 03:00 and falls back 2026-11-01 02:00 -> 01:00.
        Case(zone: "America/New_York", day: "2026-03-08", time: "02:30", expected: "2026-03-08T03:00:00-04:00"),
        Case(zone: "America/New_York", day: "2026-03-08", time: "07:30", expected: "2026-03-08T07:30:00-04:00"),
        Case(zone: "America/New_York", day: "2026-11-01", time: "01:30", expected: "2026-11-01T01:30:00-04:00"),
        Case(zone: "America/New_York", day: "2026-11-01", time: "07:30", expected: "2026-11-01T07:30:00-05:00"),
        // Zones without DST: nothing moves.
        Case(zone: "Asia/Tokyo", day: "2026-03-29", time: "02:30", expected: "2026-03-29T02:30:00+09:00"),
        Case(zone: "Asia/Tokyo", day: "2026-10-25", time: "02:30", expected: "2026-10-25T02:30:00+09:00"),
        Case(zone: "UTC", day: "2026-03-29", time: "02:30", expected: "2026-03-29T02:30:00Z"),
    ])
    func landing(_ example: Case) {
        let zone = Fixtures.zone(example.zone)
        let scheduler = Fixtures.scheduler(morning: example.time, bedtime: nil)
        let midnight = WallClockReading(day: Fixtures.day(example.day), time: Fixtures.time("00:00")).resolved(in: zone)
        let next = scheduler.nextFire(of: scheduler.schedule.morning, after: midnight, timeZone: zone)
        #expect(next == Fixtures.at(example.expected))
    }

    struct NightCase: CustomTestStringConvertible, Sendable {
        var zone: String
        var time: String
        var from: String
        var through: String
        var firesAt: String
        var testDescription: String { "\(zone) \(time) fires once at \(firesAt)" }
    }

    @Test("a prompt in the skipped hour fires once, at the first minute after the gap", arguments: [
        NightCase(zone: "Europe/Berlin", time: "02:30", from: "2026-03-29T00:00:00+01:00",
                  through: "2026-03-29T06:00:00+02:00", firesAt: "2026-03-29T03:00:00+02:00"),
        NightCase(zone: "America/New_York", time: "02:30", from: "2026-03-08T00:00:00-05:00",
                  through: "2026-03-08T06:00:00-04:00", firesAt: "2026-03-08T03:00:00-04:00"),
    ])
    func skippedHour(_ night: NightCase) {
        let zone = Fixtures.zone(night.zone)
        let offered = Fixtures.run(Fixtures.scheduler(morning: night.time, bedtime: nil),
                                   at: Fixtures.every(60, from: Fixtures.at(night.from), through: Fixtures.at(night.through)),
                                   timeZone: zone)
        #expect(offered.map(\.at) == [Fixtures.at(night.firesAt)])
        #expect(offered.map(\.due.reason) == [.onTime])
    }

    @Test("a prompt in the repeated hour fires once, at its first pass", arguments: [
        NightCase(zone: "Europe/Berlin", time: "02:30", from: "2026-10-25T00:00:00+02:00",
                  through: "2026-10-25T06:00:00+01:00", firesAt: "2026-10-25T02:30:00+02:00"),
        NightCase(zone: "America/New_York", time: "01:30", from: "2026-11-01T00:00:00-04:00",
                  through: "2026-11-01T06:00:00-05:00", firesAt: "2026-11-01T01:30:00-04:00"),
    ])
    func repeatedHour(_ night: NightCase) {
        let zone = Fixtures.zone(night.zone)
        let offered = Fixtures.run(Fixtures.scheduler(morning: night.time, bedtime: nil),
                                   at: Fixtures.every(60, from: Fixtures.at(night.from), through: Fixtures.at(night.through)),
                                   timeZone: zone)
        #expect(offered.map(\.at) == [Fixtures.at(night.firesAt)])
    }

    @Test("asleep through the first pass of a repeated hour, the prompt comes at the second as an hour-late catch-up")
    func secondPassOfRepeatedHour() {
        let scheduler = Fixtures.scheduler(morning: "02:30", bedtime: nil)
        let due = scheduler.due(at: Fixtures.at("2026-10-25T02:30:30+01:00"), fired: [], timeZone: Fixtures.berlin)
        #expect(due.map(\.reason) == [.catchUp(late: 3630)])
        #expect(due.map(\.scheduledAt) == [Fixtures.at("2026-10-25T02:30:00+02:00")])
    }

    @Test("the second pass of a repeated hour in New York is an hour late too")
    func secondPassInNewYork() {
        let scheduler = Fixtures.scheduler(morning: "01:30", bedtime: nil)
        let due = scheduler.due(at: Fixtures.at("2026-11-01T01:31:00-05:00"), fired: [], timeZone: Fixtures.newYork)
        #expect(due.map(\.reason) == [.catchUp(late: 3660)])
    }

    @Test("on the spring-forward day the rituals keep their wall-clock times")
    func ritualsKeepWallClock() {
        let offered = Fixtures.run(Fixtures.scheduler(),
                                   at: Fixtures.every(60, from: Fixtures.at("2026-03-29T00:00:00+01:00"),
                                                      through: Fixtures.at("2026-03-29T23:59:00+02:00")),
                                   timeZone: Fixtures.berlin)
        #expect(offered.map(\.at) == [Fixtures.at("2026-03-29T07:30:00+02:00"), Fixtures.at("2026-03-29T21:30:00+02:00")])
    }
}
