import Foundation
import Testing
import TendCore

@Suite("Journal records: times and ids")
struct JournalTimeAndIDTests {
    @Test("local times keep their UTC offset", arguments: [
        "2026-11-23T21:30:05+01:00", "2026-03-29T01:59:59-05:30", "1999-12-31T23:59:59+14:00", "2024-02-29T12:00:00+00:00",
    ])
    func iso8601RoundTrip(text: String) throws {
        let time = try #require(LocalTime(iso8601: text))
        #expect(time.iso8601 == text)
    }

    @Test("Z, fractions and ±HHMM are read")
    func lenientForms() {
        #expect(LocalTime(iso8601: "2026-11-23T20:30:05Z")?.iso8601 == "2026-11-23T20:30:05+00:00")
        #expect(LocalTime(iso8601: "2026-11-23T20:30:05.123+0100")?.iso8601 == "2026-11-23T20:30:05+01:00")
    }

    @Test("impossible dates are refused", arguments: ["2026-02-29T10:00:00+00:00", "2026-13-01T10:00:00+00:00", "2026-11-23", "2026-11-23T25:00:00Z", "yesterday"])
    func refusesNonsense(text: String) {
        #expect(LocalTime(iso8601: text) == nil)
    }

    @Test("times from different zones order by the instant")
    func ordersByInstant() throws {
        let paris = try #require(LocalTime(iso8601: "2026-11-23T21:30:00+01:00")) // 20:30Z
        let newYork = try #require(LocalTime(iso8601: "2026-11-23T16:00:00-05:00")) // 21:00Z
        #expect(paris < newYork)
    }

    @Test("the same instant as Foundation sees it")
    func matchesFoundation() throws {
        let date = Date(timeIntervalSince1970: 1_795_465_805)
        let time = LocalTime(date, in: try #require(Zone(identifier: "Europe/Paris")))
        #expect(time.date == date)
        #expect(time.iso8601 == "2026-11-23T21:30:05+01:00")
        #expect(time.weekdayAbbreviation == "Mon")
    }

    @Test("new ids read as the local time plus twelve hex digits")
    func idShape() throws {
        let time = try #require(LocalTime(iso8601: "2026-11-23T21:30:05+01:00"))
        let id = RecordID.make(at: time).rawValue
        #expect(id.hasPrefix("20261123-213005-"))
        #expect(id.count == 28)
        #expect(id.suffix(12).allSatisfy { $0.isHexDigit })
    }

    @Test("ids made in the same second do not repeat")
    func idsAreUnique() throws {
        let time = try #require(LocalTime(iso8601: "2026-11-23T21:30:05+01:00"))
        let ids = Set((0..<2000).map { _ in RecordID.make(at: time) })
        #expect(ids.count == 2000)
    }

    @Test("ids with spaces, quotes or slashes are refused", arguments: ["", "a b", "a\"b", "../x", String(repeating: "a", count: 65)])
    func refusesOddIDs(text: String) {
        #expect(RecordID(text) == nil)
    }
}
