import Foundation
import Testing
import TendCore
import TendJournalFormat
import TendStorage
import TendTestSupport

@Suite("Storage: reading")
struct JournalReadTests {
    /// A journal with one appreciation a day from September to November 2026.
    static func threeMonths() throws -> (TemporaryDirectory, Journal) {
        let dir = TemporaryDirectory()
        let journal = Journal(directory: dir.path)
        for n in 0..<91 {
            try journal.append(RecordSamples.appreciation(n, person: n % 2 == 0 ? "José" : "Ana", text: "day \(n)",
                                                          at: "2026-09-01T20:00:00+02:00", plusMinutes: n * 1440))
        }
        return (dir, journal)
    }

    @Test("newest first, stopping at the limit")
    func newestFirst() throws {
        let (dir, journal) = try Self.threeMonths()
        defer { withExtendedLifetime(dir) {} }
        #expect(try journal.newest(3).map(\.id) == [90, 89, 88].map(RecordSamples.id))
    }

    @Test("the whole journal newest first equals the history reversed")
    func fullWalk() throws {
        let (dir, journal) = try Self.threeMonths()
        defer { withExtendedLifetime(dir) {} }
        var walked: [Record] = []
        try journal.forEachNewestFirst { walked.append($0); return true }
        #expect(walked.count == 91)
        #expect(walked == Array(try journal.history().records.reversed()))
    }

    @Test("search, person, kind and day filters")
    func filters() throws {
        let (dir, journal) = try Self.threeMonths()
        defer { withExtendedLifetime(dir) {} }
        #expect(try journal.newest(100, matching: RecordQuery(search: "DAY 9")).map(\.id) == [90, 9].map(RecordSamples.id))
        #expect(try journal.newest(100, matching: RecordQuery(person: "jose")).count == 46)
        #expect(try journal.newest(100, matching: RecordQuery(kinds: [.checkIn])).isEmpty)
        #expect(try journal.newest(100, matching: RecordQuery(sinceDay: "2026-10-01", untilDay: "2026-10-31")).count == 31)
    }

    @Test("an edit or delete in a later month applies to an older record")
    func correctionsAcrossMonths() throws {
        let (dir, journal) = try Self.threeMonths()
        defer { withExtendedLifetime(dir) {} }
        try journal.append(RecordSamples.edit(500, of: 3, set: JSONObject([.init("text", .string("edited"))]), at: "2026-11-30T10:00:00+01:00"))
        try journal.append(RecordSamples.delete(501, of: 4, at: "2026-11-30T10:00:00+01:00"))
        let found = try journal.newest(10, matching: RecordQuery(search: "edited"))
        #expect(found.map(\.id) == [RecordSamples.id(3)])
        #expect(try journal.newest(200).contains { $0.id == RecordSamples.id(4) } == false)
    }

    @Test("records just after midnight in a far-east zone still sort by instant across months")
    func monthBoundaryAcrossZones() throws {
        let dir = TemporaryDirectory()
        let journal = Journal(directory: dir.path)
        let tokyo = RecordSamples.appreciation(1, at: "2026-12-01T05:00:00+09:00") // Nov 30 20:00Z, December file
        let hawaii = RecordSamples.appreciation(2, at: "2026-11-30T12:00:00-10:00") // Nov 30 22:00Z, November file
        try journal.append(tokyo)
        try journal.append(hawaii)
        #expect(try journal.newest(2).map(\.id) == [RecordSamples.id(2), RecordSamples.id(1)])
    }

    @Test("a folder where a month file belongs is skipped and reported by every reader, and the rest is read")
    func unreadableMonthIsSkipped() throws {
        let (dir, journal) = try Self.threeMonths()
        let folder = dir.appending("2020/2020-01.jsonl")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let whole = try journal.readHistory()
        #expect(whole.value.records.count == 91)
        #expect(whole.skipped == [SkippedFile(path: folder, reason: .folder)])
        let since = try #require(LocalTime(iso8601: "2026-11-25T00:00:00+01:00")).date
        let recent = try journal.readRecords(since: since)
        #expect(recent.value.map(\.id) == (85...90).map(RecordSamples.id))
        #expect(recent.skipped == whole.skipped)
        #expect(try journal.forEachNewestFirst { _ in false } == whole.skipped)
    }

    @Test("a corrupt line is skipped and the rest is read")
    func corruptLineSkipped() throws {
        let dir = TemporaryDirectory()
        Disk.write(Disk.lines([RecordSamples.appreciation(1)]) + "not json at all\n" + Disk.lines([RecordSamples.appreciation(2)]),
                   to: dir.appending("2026/2026-11.jsonl"))
        #expect(try Journal(directory: dir.path).newest(10).map(\.id) == [RecordSamples.id(1), RecordSamples.id(2)].sorted().reversed())
    }

    @Test("two devices' files concatenated, duplicated and shuffled read as one history")
    func twoDevicesMerge() throws {
        let laptop = (0..<30).map { RecordSamples.appreciation($0, person: "Ana", plusMinutes: $0 * 11) }
        let phone = (100..<130).map { RecordSamples.appreciation($0, person: "Sam", plusMinutes: $0 * 7) }
        let separate = TemporaryDirectory()
        for record in laptop + phone { try Journal(directory: separate.path).append(record) }
        let expected = try Journal(directory: separate.path).history().records

        let merged = TemporaryDirectory()
        var generator = SeededGenerator(seed: 7)
        let lines = (laptop + phone + laptop.prefix(10)).shuffled(using: &generator)
        Disk.write(Disk.lines(lines), to: merged.appending("2026/2026-11.jsonl"))
        let journal = Journal(directory: merged.path)
        #expect(try journal.history().records == expected)
        var walked: [Record] = []
        try journal.forEachNewestFirst { walked.append($0); return true }
        #expect(walked == expected.reversed())
    }

    @Test("a Syncthing conflict copy is merged by id")
    func conflictCopyMerged() throws {
        let dir = TemporaryDirectory()
        let journal = Journal(directory: dir.path)
        try journal.append(RecordSamples.appreciation(1))
        Disk.write(Disk.lines([RecordSamples.appreciation(1), RecordSamples.appreciation(2, plusMinutes: 5)]),
                   to: dir.appending("2026/2026-11.sync-conflict-20261124-101010-ABCDEFG.jsonl"))
        #expect(try journal.newest(10).map(\.id) == [RecordSamples.id(2), RecordSamples.id(1)])
        #expect(journal.diagnose().findings.contains { $0.severity == .note && ($0.path ?? "").contains("sync-conflict") })
    }

    @Test("an empty or missing folder reads as an empty journal")
    func emptyJournal() throws {
        let dir = TemporaryDirectory()
        #expect(try Journal(directory: dir.appending("nothing")).newest(10).isEmpty)
        #expect(try Journal(directory: dir.path).history().records.isEmpty)
    }
}
