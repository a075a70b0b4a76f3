import Foundation
import Testing
import TendCore
import TendJournalFormat
import TendStorage
import TendTestSupport

/// The `sent` edit is an ordinary edit, so every reader must fold it the
/// same way: history, newest-first (`tend log`), recent months (the app),
/// the cache, and export.
@Suite("Storage: the sent mark, folded by every reader")
struct JournalSentFoldingTests {
    static let sent = "2026-12-01T08:10:00+01:00"

    /// An appreciation in November and its sent edit in December's file.
    static func journal() throws -> (TemporaryDirectory, Journal) {
        let dir = TemporaryDirectory()
        let plain = Journal(directory: dir.appending("data"))
        try plain.append(RecordSamples.appreciation(1, person: "Ana", text: "You carried the boxes."))
        try plain.append(RecordSamples.appreciation(2, person: "José", text: "You waited for me."))
        let set = JSONObject([.init("sent", .string(sent)), .init("via", .string("email"))])
        try plain.append(RecordSamples.edit(3, of: 1, set: set, at: sent))
        for file in try plain.files() { JournalCacheTests.age(file.path, seconds: 3600) }
        return (dir, Journal(directory: dir.appending("data"), cacheDirectory: dir.appending("cache")))
    }

    static func sentTime(_ record: Record?) -> LocalTime? {
        guard case .appreciation(let a)? = record?.payload else { return nil }
        return a.sent
    }

    @Test("history, newest-first, recent months, the cache and export all see it sent")
    func everyReader() throws {
        let (dir, journal) = try Self.journal()
        defer { withExtendedLifetime(dir) {} }
        let expected = LocalTime(iso8601: Self.sent)
        let id = RecordSamples.id(1)

        #expect(Self.sentTime(try journal.history().record(id: id)) == expected, "history")
        #expect(Self.sentTime(try journal.history().record(id: id)) == expected, "history through the cache")

        var newestFirst: [Record] = []
        try journal.forEachNewestFirst { newestFirst.append($0); return true }
        #expect(Self.sentTime(newestFirst.first { $0.id == id }) == expected, "tend log")

        var toAna: [Record] = []
        try journal.forEachNewestFirst(matching: RecordQuery(person: "ana")) { toAna.append($0); return true }
        #expect(toAna.map(\.id) == [id])
        #expect(Self.sentTime(toAna.first) == expected, "tend log --to")

        let recent = try journal.records(since: Date(timeIntervalSince1970: 1_790_000_000))
        #expect(Self.sentTime(recent.first { $0.id == id }) == expected, "the app's recent months")
        #expect(Self.sentTime(RecentJournal(lines: recent).records.first { $0.id == id }) == expected)

        // The JSON export carries the edit as its own line, so another device folds it the same way.
        var bytes: [UInt8] = []
        try JournalExporter.export(try journal.exportable(as: .json).value, as: .json) { bytes.append(contentsOf: $0) }
        #expect(String(decoding: bytes, as: UTF8.self).contains(#""kind":"edit""#))
        let other = TemporaryDirectory()
        let there = Journal(directory: other.appending("data"))
        _ = try there.importRecords(from: bytes)
        #expect(Self.sentTime(try there.history().record(id: id)) == expected, "export, then import on another device")

        let unsent = SendHistory.unsent(in: try journal.history().records)
        #expect(unsent.map(\.id) == [RecordSamples.id(2)])
    }
}
