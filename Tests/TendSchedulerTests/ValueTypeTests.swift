import Foundation
import Testing
import TendCore
import TendScheduler

/// The schedule's small value types: strict parsing, day arithmetic, TEND_NOW.
@Suite("Schedule values")
struct ValueTypeTests {
    @Test("times parse only as two-digit HH:MM from 00:00 to 23:59", arguments: [
        ("07:30", true), ("00:00", true), ("23:59", true),
        ("7:30", false), ("24:00", false), ("07:60", false), ("07:30:00", false), (" 07:30", false), ("0730", false), ("", false),
        ("０７:３０", false),
    ])
    func timeParsing(_ text: String, _ valid: Bool) {
        #expect((TimeOfDay(parsing: text) != nil) == valid)
    }

    @Test("day specs parse to the right days", arguments: [
        ("all", "every day"), ("weekdays", "weekdays"), ("weekends", "weekends"), ("never", "never"),
        ("mon-fri", "weekdays"), ("Sat-Sun", "weekends"), ("fri-mon", "Mon, Fri, Sat, Sun"),
        ("mon, wed", "Mon, Wed"), ("monday,wednesday", "Mon, Wed"),
    ])
    func daySpecs(_ spec: String, _ summary: String) {
        #expect(Weekdays(spec: spec)?.description == summary)
    }

    @Test("unknown day specs are rejected", arguments: ["mun", "mon-", "", "mon-tue-wed", "1-5", "mon,,wed"])
    func badDaySpecs(_ spec: String) {
        #expect(Weekdays(spec: spec) == nil)
    }

    @Test("a list of day names parses, and an empty list does not")
    func dayLists() {
        #expect(Weekdays(names: ["mon", "wed"]) == Weekdays([.monday, .wednesday]))
        #expect(Weekdays(names: []) == nil)
    }

    @Test("local days know their weekday", arguments: [
        ("2026-03-29", Weekday.sunday), ("2026-06-10", .wednesday), ("1970-01-01", .thursday), ("2024-02-29", .thursday),
    ])
    func weekdays(_ text: String, _ weekday: Weekday) {
        #expect(LocalDay(parsing: text)?.weekday == weekday)
    }

    @Test("local days round-trip through their days since 1970")
    func dayArithmetic() {
        let day = LocalDay(parsing: "2026-03-01")
        #expect(day?.adding(days: -1).description == "2026-02-28")
        #expect(day.map { LocalDay(daysSinceEpoch: $0.daysSinceEpoch) } == day)
    }

    @Test("impossible dates are rejected", arguments: ["2026-02-29", "2026-13-01", "2026-1-01", "26-01-01"])
    func impossibleDates(_ text: String) {
        #expect(LocalDay(parsing: text) == nil)
    }

    @Test("the day of an instant is the local day in the given zone")
    func dayOfInstant() {
        let instant = Fixtures.at("2026-06-10T23:30:00Z")
        #expect(LocalDay(containing: instant, in: Fixtures.utc).description == "2026-06-10")
        #expect(LocalDay(containing: instant, in: Fixtures.tokyo).description == "2026-06-11")
        #expect(LocalDay(containing: Fixtures.at("2026-06-11T03:30:00Z"), in: Fixtures.newYork).description == "2026-06-10")
    }

    @Test("TEND_NOW is read as local time in the given zone")
    func tendNowLocal() {
        #expect(WallClockOverride.parse("2026-03-29T07:29:55", timeZone: Fixtures.berlin) == Fixtures.at("2026-03-29T07:29:55+02:00"))
        #expect(WallClockOverride.parse("2026-03-29T07:29", timeZone: Fixtures.tokyo) == Fixtures.at("2026-03-29T07:29:00+09:00"))
    }

    @Test("TEND_NOW inside the skipped hour moves to the end of the gap")
    func tendNowInGap() {
        #expect(WallClockOverride.parse("2026-03-29T02:30:00", timeZone: Fixtures.berlin) == Fixtures.at("2026-03-29T03:00:00+02:00"))
    }

    @Test("TEND_NOW with an offset names that exact instant")
    func tendNowOffset() {
        #expect(WallClockOverride.parse("2026-10-25T02:30:00+01:00", timeZone: Fixtures.berlin) == Fixtures.at("2026-10-25T01:30:00Z"))
        #expect(WallClockOverride.parse("2026-10-25T01:30:00Z", timeZone: Fixtures.berlin) == Fixtures.at("2026-10-25T01:30:00Z"))
    }

    @Test("unreadable TEND_NOW values are refused", arguments: ["tomorrow", "2026-03-29 07:29:55", "2026-03-29T7:29:55", "2026-03-29T07:29:60", ""])
    func tendNowBad(_ text: String) {
        #expect(WallClockOverride.parse(text, timeZone: Fixtures.berlin) == nil)
    }

    @Test("without TEND_NOW the real clock is used")
    func tendNowUnset() throws {
        let real = Fixtures.at("2026-06-10T12:00:00Z")
        let now = WallClockOverride.now(environment: [:], timeZone: Fixtures.utc, fallback: real)
        #expect(try now.get() == real)
    }

    @Test("a bad TEND_NOW is reported with its value")
    func tendNowReported() {
        let now = WallClockOverride.now(environment: ["TEND_NOW": "soon"], timeZone: Fixtures.utc, fallback: Date())
        #expect(now == .failure(WallClockOverrideError(value: "soon")))
    }

    @Test("a pause's id is its time and label, not its place in the list")
    func pauseID() {
        let first = Fixtures.pause("09:55", "before stand-up", number: 1)
        let moved = Fixtures.pause("09:55", "before stand-up", number: 3)
        #expect(first.id.rawValue == "pause:09:55:before stand-up")
        #expect(first.id == moved.id)
    }

    @Test("a firing converts to and from its journal record")
    func firingRecord() {
        let firing = Firing(promptID: .morning, day: Fixtures.day("2026-06-10"))
        #expect(firing.record == PromptFired(prompt: "morning", day: "2026-06-10"))
        #expect(Firing(firing.record) == firing)
    }
}
