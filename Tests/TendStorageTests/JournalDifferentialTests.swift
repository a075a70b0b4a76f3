import Foundation
import Testing
import TendCore
import TendJournalFormat
@testable import TendStorage
import TendTestSupport

/// Rule 1 of FORMAT.md on disk: every reader of the journal (the whole
/// history with and without the cache, the newest-first walk behind `log`
/// and `log --search`, the recent read behind home, export and import,
/// doctor) agrees with `ReferenceFold` on random journals written as files.
/// `TEND_DIFFERENTIAL_CASES` runs more of them (or fewer).
@Suite("Storage: every reader agrees with the reference")
struct JournalDifferentialTests {
    static let count = Int(ProcessInfo.processInfo.environment["TEND_DIFFERENTIAL_CASES"] ?? "").map { max(1, $0 / 4) } ?? 300

    /// A journal on disk, its reference history, and readers with and without a cache.
    struct Case {
        let dir = TemporaryDirectory()
        var journal: RandomJournal
        var expected: [Record]
        let plain: Journal
        var cached: Journal

        init(seed: UInt64) throws {
            journal = RandomJournal(seed: seed)
            try journal.write(to: dir.appending("data"))
            expected = ReferenceFold.history(of: journal.journalLines)
            plain = Journal(directory: dir.appending("data"))
            cached = Journal(directory: dir.appending("data"), cacheDirectory: dir.appending("cache"))
            // Files written a moment ago count as settled, so the cache is used at once.
            cached.cache?.settleSeconds = -3600
        }

        /// What `forEachNewestFirst(matching:)` should give.
        func newestFirst(_ query: RecordQuery) -> [Record] {
            var matcher = RecordMatcher(query)
            return expected.filter { matcher.matches($0) }.reversed()
        }
    }

    /// Every record `journal` gives newest first for `query`.
    static func walk(_ journal: Journal, _ query: RecordQuery = .all, limit: Int = .max) throws -> [Record] {
        var result: [Record] = []
        guard limit > 0 else { return result }
        try journal.forEachNewestFirst(matching: query) { record in
            result.append(record)
            return result.count < limit
        }
        return result
    }

    /// Writes each `word` in `bytes` in capitals, in place.
    static func capitalise(_ word: String, in bytes: inout [UInt8]) {
        let needle = Array(word.utf8)
        var index = 0
        while index + needle.count <= bytes.count {
            if Array(bytes[index..<(index + needle.count)]) == needle {
                for offset in 0..<needle.count where (0x61...0x7A).contains(bytes[index + offset]) { bytes[index + offset] -= 0x20 }
                index += needle.count
            } else {
                index += 1
            }
        }
    }

    static func check(_ agrees: Bool, _ what: String, _ test: Case) -> Bool {
        if !agrees { Issue.record("seed \(test.journal.seed): \(what) disagrees with the reference") }
        return agrees
    }

    @Test("whole-history reads, with and without the cache, cold and warm")
    func history() throws {
        for seed in 0..<UInt64(Self.count) {
            let test = try Case(seed: seed)
            guard Self.check(try test.plain.history().records == test.expected, "history()", test),
                  Self.check(try test.cached.history().records == test.expected, "history() through a cold cache", test),
                  Self.check(try test.cached.history().records == test.expected, "history() through a warm cache", test),
                  Self.check(test.plain.diagnose().records == test.expected.count, "diagnose()", test)
            else { return }
        }
    }

    @Test("newest-first walks (log, log --search, --to, --kind, --since, --limit) and recent reads (home)")
    func newestFirst() throws {
        for seed in 0..<UInt64(Self.count) {
            var test = try Case(seed: seed)
            var queries = [RecordQuery.all]
            for _ in 0..<4 { queries.append(test.journal.query()) }
            for query in queries {
                let want = test.newestFirst(query)
                let limit = test.journal.number(in: 0...max(1, want.count))
                guard Self.check(try Self.walk(test.plain, query) == want, "walk \(query)", test),
                      Self.check(try Self.walk(test.cached, query) == want, "walk through the index \(query)", test),
                      Self.check(try Self.walk(test.cached, query, limit: limit) == Array(want.prefix(limit)), "walk limited to \(limit), \(query)", test)
                else { return }
            }
            let since = test.journal.instant()
            let recent = test.expected.filter { $0.time.secondsSince1970 >= Int64(since.timeIntervalSince1970.rounded(.down)) }
            guard Self.check(try test.plain.records(since: since) == recent, "records(since: \(since))", test),
                  Self.check(try test.cached.records(since: since) == recent, "records(since: \(since)) through the index", test)
            else { return }
        }
    }

    @Test("an export imported into an empty journal, and into the journal itself, gives the same history")
    func exportAndImport() throws {
        for seed in 0..<UInt64(Self.count) {
            let test = try Case(seed: seed)
            var exported: [UInt8] = []
            try JournalExporter.export(try test.plain.exportable(as: .json).value, as: .json) { exported.append(contentsOf: $0) }
            let lines = ReferenceFold.winners(of: ReferenceFold.parse(test.journal.journalLines))
            guard Self.check(try test.cached.exportable(as: .json).value == lines, "the JSON export's lines", test) else { return }
            let copy = Journal(directory: test.dir.appending("copy"))
            _ = try copy.importRecords(from: exported)
            _ = try test.plain.importRecords(from: exported)
            guard Self.check(try copy.history().records == test.expected, "export then import into an empty journal", test),
                  Self.check(try test.plain.history().records == test.expected, "export then import into the same journal", test)
            else { return }
        }
    }

    @Test("a file edited in place, keeping its size and restoring its times, is read anew by every cached reader")
    func inPlaceEdits() throws {
        for seed in 0..<UInt64(Self.count / 2) {
            var test = try Case(seed: seed)
            _ = try test.cached.history()
            _ = try Self.walk(test.cached)
            // Words of one file in capitals: same size, same modification time.
            let files = test.journal.files.filter(\.isJournal)
            let file = files[test.journal.number(in: 0...(files.count - 1))]
            let path = test.dir.appending("data/" + file.path)
            var info = stat()
            stat(path, &info)
            var changed = Disk.bytes(path)
            for word in ["soup", "Zebra", "ride", "strasse", "tab"] { Self.capitalise(word, in: &changed) }
            let handle = try #require(FileHandle(forWritingAtPath: path))
            handle.write(Data(changed))
            try handle.close()
            var times = [info.st_atim, info.st_mtim]
            utimensat(AT_FDCWD, path, &times, 0)
            let lines = test.journal.files.filter(\.isJournal).flatMap { entry in
                ReferenceFold.lines(of: entry.path == file.path ? changed : entry.bytes)
            }
            test.expected = ReferenceFold.history(of: lines)
            guard Self.check(try test.cached.history().records == test.expected, "history() after an in-place edit", test),
                  Self.check(try Self.walk(test.cached) == test.expected.reversed(), "the walk after an in-place edit", test)
            else { return }
        }
    }
}
