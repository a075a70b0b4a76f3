import Foundation
import Testing
import TendCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Time zones from the system's tz database through libc: offsets either side
/// of the changes the scheduler's tables rely on, and identifiers that are not
/// zones. The expected offsets are the tz database's (as `zdump -v` prints them).
@Suite("Zone: local time from the tz database")
struct ZoneTests {
    struct Offset: CustomTestStringConvertible, Sendable {
        var zone: String
        var instant: String
        var seconds: Int
        var testDescription: String { "\(zone) at \(instant): \(seconds)" }
    }

    static func instant(_ text: String) -> Date {
        guard let time = LocalTime(iso8601: text) else { preconditionFailure("bad instant \(text)") }
        return time.date
    }

    @Test("offsets either side of each change", arguments: [
        // Berlin springs forward 2026-03-29 at 01:00 UTC and falls back 2026-10-25 at 01:00 UTC.
        Offset(zone: "Europe/Berlin", instant: "2026-03-29T00:59:59Z", seconds: 3600),
        Offset(zone: "Europe/Berlin", instant: "2026-03-29T01:00:00Z", seconds: 7200),
        Offset(zone: "Europe/Berlin", instant: "2026-10-25T00:59:59Z", seconds: 7200),
        Offset(zone: "Europe/Berlin", instant: "2026-10-25T01:00:00Z", seconds: 3600),
        // New York: 2026-03-08 at 07:00 UTC, 2026-11-01 at 06:00 UTC.
        Offset(zone: "America/New_York", instant: "2026-03-08T06:59:59Z", seconds: -18_000),
        Offset(zone: "America/New_York", instant: "2026-03-08T07:00:00Z", seconds: -14_400),
        Offset(zone: "America/New_York", instant: "2026-11-01T05:59:59Z", seconds: -14_400),
        Offset(zone: "America/New_York", instant: "2026-11-01T06:00:00Z", seconds: -18_000),
        // Lord Howe moves by half an hour: +11:00 and +10:30.
        Offset(zone: "Australia/Lord_Howe", instant: "2026-04-04T14:59:59Z", seconds: 39_600),
        Offset(zone: "Australia/Lord_Howe", instant: "2026-04-04T15:00:00Z", seconds: 37_800),
        Offset(zone: "Australia/Lord_Howe", instant: "2026-10-03T15:29:59Z", seconds: 37_800),
        Offset(zone: "Australia/Lord_Howe", instant: "2026-10-03T15:30:00Z", seconds: 39_600),
        // Santiago changes at local midnight.
        Offset(zone: "America/Santiago", instant: "2026-04-05T02:59:59Z", seconds: -10_800),
        Offset(zone: "America/Santiago", instant: "2026-04-05T03:00:00Z", seconds: -14_400),
        Offset(zone: "America/Santiago", instant: "2026-09-06T03:59:59Z", seconds: -14_400),
        Offset(zone: "America/Santiago", instant: "2026-09-06T04:00:00Z", seconds: -10_800),
        // Apia crossed the date line: from -10:00 to +14:00, skipping 2011-12-30.
        Offset(zone: "Pacific/Apia", instant: "2011-12-30T09:59:59Z", seconds: -36_000),
        Offset(zone: "Pacific/Apia", instant: "2011-12-30T10:00:00Z", seconds: 50_400),
        // No changes at all.
        Offset(zone: "Asia/Tokyo", instant: "2026-03-29T01:00:00Z", seconds: 32_400),
        Offset(zone: "UTC", instant: "2026-03-29T01:00:00Z", seconds: 0),
    ])
    func offsets(_ example: Offset) throws {
        let zone = try #require(Zone(identifier: example.zone))
        #expect(zone.secondsFromUTC(at: Self.instant(example.instant)) == example.seconds)
        #expect(zone.identifier == example.zone)
    }

    @Test("Apia's 2011-12-30 never happened: the day after the 29th is the 31st")
    func apiaSkippedDay() throws {
        let apia = try #require(Zone(identifier: "Pacific/Apia"))
        #expect(LocalDay(containing: Self.instant("2011-12-30T09:59:59Z"), in: apia).description == "2011-12-29")
        #expect(LocalDay(containing: Self.instant("2011-12-30T10:00:00Z"), in: apia).description == "2011-12-31")
        let noon = WallClockReading(day: try #require(LocalDay(parsing: "2011-12-30")), secondsSinceMidnight: 12 * 3600)
        #expect(noon.occurrences(in: apia).isEmpty)
        #expect(noon.resolved(in: apia) == Self.instant("2011-12-30T10:00:00Z"))
    }

    @Test("a name that is no zone of the database is nil", arguments: [
        "", "Mars/Olympus_Mons", "Europe", "Europe/Berlin ", "leapseconds", "zone.tab", "EST5EDT,M3.2.0,M11.1.0",
    ])
    func unknown(_ identifier: String) {
        #expect(Zone(identifier: identifier) == nil)
    }

    @Test("a name that would climb out of the database or start elsewhere is nil", arguments: [
        "Europe/../Europe/Berlin", "../zoneinfo/Europe/Berlin", "./Europe/Berlin", "Europe//Berlin", "Europe/Berlin/",
        "/usr/share/zoneinfo/Europe/Berlin", ":Europe/Berlin", "Europe/Berlin\0",
    ])
    func pathTricks(_ identifier: String) {
        #expect(Zone(identifier: identifier) == nil)
    }

    @Test("fixed offsets and UTC need no database")
    func fixed() {
        let now = Self.instant("2026-03-29T01:00:00Z")
        #expect(Zone.utc.secondsFromUTC(at: now) == 0)
        #expect(Zone(secondsFromUTC: 19_800).secondsFromUTC(at: now) == 19_800)
        #expect(Zone(secondsFromUTC: 19_800).description == "UTC+05:30")
        #expect(Zone(secondsFromUTC: -12_600).description == "UTC-03:30")
    }

    @Test("zones read at once from many threads each get their own offsets")
    func concurrentReads() async throws {
        let berlin = try #require(Zone(identifier: "Europe/Berlin"))
        let newYork = try #require(Zone(identifier: "America/New_York"))
        let summer = Self.instant("2026-07-01T12:00:00Z")
        let wrong = await withTaskGroup(of: Int.self) { group in
            for task in 0..<8 {
                group.addTask {
                    var wrong = 0
                    for _ in 0..<2000 {
                        if task % 2 == 0, berlin.secondsFromUTC(at: summer) != 7200 { wrong += 1 }
                        if task % 2 == 1, newYork.secondsFromUTC(at: summer) != -14_400 { wrong += 1 }
                    }
                    return wrong
                }
            }
            return await group.reduce(0, +)
        }
        #expect(wrong == 0)
    }

    // The process's own zone is read from `TZ` once, so each case runs in a
    // process of its own.

    @Test("with TZ set, the current zone is TZ's, and reading another zone leaves TZ as it was")
    func currentFromTZ() async {
        await #expect(processExitsWith: .success) {
            setenv("TZ", "America/New_York", 1)
            let winter = ZoneTests.instant("2026-01-15T12:00:00Z"), summer = ZoneTests.instant("2026-07-15T12:00:00Z")
            guard Zone.current.secondsFromUTC(at: winter) == -18_000, Zone.current.secondsFromUTC(at: summer) == -14_400
            else { exit(1) }
            guard Zone(identifier: "Asia/Tokyo")?.secondsFromUTC(at: winter) == 32_400 else { exit(2) }
            guard getenv("TZ").map({ String(cString: $0) }) == "America/New_York" else { exit(3) }
            guard Zone.current.secondsFromUTC(at: summer) == -14_400 else { exit(4) }
        }
    }

    @Test("with TZ unset, the current zone is the system's, and reading another zone leaves TZ unset")
    func currentWithoutTZ() async {
        await #expect(processExitsWith: .success) {
            unsetenv("TZ")
            let winter = ZoneTests.instant("2026-01-15T12:00:00Z")
            let own = Zone.current.secondsFromUTC(at: winter)
            let other = own == 32_400 ? "America/New_York" : "Asia/Tokyo"
            guard let zone = Zone(identifier: other), zone.secondsFromUTC(at: winter) != own else { exit(1) }
            guard getenv("TZ") == nil else { exit(2) }
            guard Zone.current.secondsFromUTC(at: winter) == own else { exit(3) }
        }
    }

    @Test("TZDIR is looked in first, then the system's database")
    func zoneFolder() async {
        await #expect(processExitsWith: .success) {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tend-zones-\(getpid())")
            defer { try? FileManager.default.removeItem(at: folder) }
            guard let tokyo = FileManager.default.contents(atPath: "/usr/share/zoneinfo/Asia/Tokyo"),
                  (try? FileManager.default.createDirectory(at: folder.appendingPathComponent("Test"),
                                                            withIntermediateDirectories: true)) != nil,
                  FileManager.default.createFile(atPath: folder.appendingPathComponent("Test/Here").path, contents: tokyo)
            else { exit(1) }
            setenv("TZDIR", folder.path, 1)
            let now = ZoneTests.instant("2026-07-15T12:00:00Z")
            guard Zone(identifier: "Test/Here")?.secondsFromUTC(at: now) == 32_400 else { exit(2) }
            guard Zone(identifier: "Europe/Berlin")?.secondsFromUTC(at: now) == 7200 else { exit(3) }
        }
    }
}
