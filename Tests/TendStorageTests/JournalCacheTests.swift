import Foundation
import Testing
import TendCore
import TendJournalFormat
@testable import TendStorage
import TendTestSupport

@Suite("Storage: the cache of parsed month files")
struct JournalCacheTests {
    /// A journal of three months, with a cache folder beside it, whose files
    /// were last changed an hour ago (the cache skips files changed just now).
    static func journal() throws -> (TemporaryDirectory, Journal) {
        let dir = TemporaryDirectory()
        let plain = Journal(directory: dir.appending("data"))
        for n in 0..<90 {
            try plain.append(RecordSamples.appreciation(n, person: n % 2 == 0 ? "José" : "Ana", text: "day \(n) \"quoted\"",
                                                        at: "2026-09-01T20:00:00+02:00", plusMinutes: n * 1440))
        }
        try plain.append(RecordSamples.edit(500, of: 3, set: JSONObject([.init("text", .string("edited"))]), at: "2026-11-30T10:00:00+01:00"))
        try plain.append(RecordSamples.delete(501, of: 4, at: "2026-11-30T10:00:00+01:00"))
        for file in try plain.files() { age(file.path, seconds: 3600) }
        var journal = Journal(directory: dir.appending("data"), cacheDirectory: dir.appending("cache"))
        // The change time cannot be set back: count these files as settled.
        journal.cache?.settleSeconds = -3600
        return (dir, journal)
    }

    /// Sets `path`'s modification time `seconds` into the past.
    static func age(_ path: String, seconds: Int) {
        var times = [timespec(tv_sec: time(nil) - seconds, tv_nsec: 0), timespec(tv_sec: time(nil) - seconds, tv_nsec: 0)]
        utimensat(AT_FDCWD, path, &times, 0)
    }

    static func cacheFiles(_ dir: TemporaryDirectory) -> [String] {
        Disk.files(in: dir.appending("cache")).filter { $0.hasSuffix(".cache") }
    }

    @Test("the history read through the cache is the history read from the files")
    func sameHistory() throws {
        let (dir, journal) = try Self.journal()
        let expected = try Journal(directory: journal.directory).history()
        let first = try journal.history()
        #expect(Self.cacheFiles(dir).count == 3)
        let second = try journal.history()
        #expect(first.records == expected.records)
        #expect(second.records == expected.records)
        #expect(second.records.count == 89)
    }

    @Test("cache folders are 0700 and files 0600, whatever the umask")
    func privateModes() throws {
        let old = umask(0)
        defer { umask(old) }
        let (dir, journal) = try Self.journal()
        _ = try journal.history()
        for file in Self.cacheFiles(dir) {
            #expect(Disk.mode(dir.appending("cache/" + file)) == 0o600)
            var folder = (dir.appending("cache/" + file) as NSString).deletingLastPathComponent
            while folder != dir.appending("cache") {
                #expect(Disk.mode(folder) == 0o700)
                folder = (folder as NSString).deletingLastPathComponent
            }
        }
    }

    @Test("a cached month is read from the cache, and a changed one from its file")
    func staleness() throws {
        let (dir, journal) = try Self.journal()
        _ = try journal.history()
        let path = dir.appending("data/2026/2026-10.jsonl")
        // Rewritten in place with the same size, inode and modification time: the change time gives it away.
        var info = stat()
        stat(path, &info)
        let original = Disk.bytes(path)
        let changed = String(decoding: original, as: UTF8.self).replacingOccurrences(of: "José", with: "Josè")
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.write(Data(changed.utf8))
        try handle.close()
        var times = [info.st_atim, info.st_mtim]
        utimensat(AT_FDCWD, path, &times, 0)
        #expect(try journal.history().records.contains { $0.payload.person == "Josè" })
        #expect(try !journal.history().records.contains { $0.payload.person == "José" && $0.time.local.month == 10 })
        // So does a new modification time.
        Self.age(path, seconds: 7200)
        #expect(try journal.history().records.contains { $0.payload.person == "Josè" })
        #expect(try !journal.history().records.contains { $0.payload.person == "José" && $0.time.local.month == 10 })
        // So does an append (a new size), even within the same second.
        try journal.append(RecordSamples.appreciation(900, text: "new", at: "2026-10-15T10:00:00+02:00"))
        #expect(try journal.history().records.contains { $0.id == RecordSamples.id(900) })
    }

    @Test("a damaged cache file is not believed")
    func damaged() throws {
        let (dir, journal) = try Self.journal()
        let expected = try journal.history().records
        for file in Self.cacheFiles(dir) {
            let path = dir.appending("cache/" + file)
            var bytes = Disk.bytes(path)
            bytes[bytes.count - 20] ^= 0x01
            Disk.write(bytes: bytes, to: path)
        }
        #expect(try journal.history().records == expected)
        for file in Self.cacheFiles(dir) {
            let path = dir.appending("cache/" + file)
            Disk.write(bytes: Array(Disk.bytes(path).prefix(70)), to: path)
        }
        #expect(try journal.history().records == expected)
    }

    @Test("a file changed in the last seconds is not cached yet")
    func racyFilesWait() throws {
        let dir = TemporaryDirectory()
        let journal = Journal(directory: dir.appending("data"), cacheDirectory: dir.appending("cache"))
        try journal.append(RecordSamples.appreciation(1))
        #expect(try journal.history().records.count == 1)
        #expect(Self.cacheFiles(dir).isEmpty)
    }

    @Test("the cache lives in $XDG_CACHE_HOME/tend, else ~/.cache/tend")
    func location() {
        #expect(StoragePaths.resolve(environment: ["HOME": "/home/a", "XDG_CACHE_HOME": "/var/c"]).cacheDirectory?.path == "/var/c/tend")
        #expect(StoragePaths.resolve(environment: ["HOME": "/home/a"]).cacheDirectory?.path == "/home/a/.cache/tend")
        #expect(StoragePaths.resolve(environment: ["HOME": "/home/a", "XDG_CACHE_HOME": "relative"]).cacheDirectory?.path == "/home/a/.cache/tend")
    }
}

@Suite("Storage: a cache someone else could write is never believed")
struct ForeignCacheTests {
    /// A journal whose cache was forged to hold other words, matching the month file's identity.
    static func forged() throws -> (TemporaryDirectory, Journal, String) {
        let (dir, journal) = try JournalCacheTests.journal()
        _ = try journal.history()
        let file = try #require(try journal.files().first)
        let identity = try #require(FileIdentity(path: file.path))
        let cache = try #require(journal.cache)
        cache.store([RecordSamples.appreciation(0, text: "words that were never written", at: "2026-09-01T20:00:00+02:00")],
                    of: file, identity: identity, size: Int(identity.size))
        return (dir, journal, cache.directory)
    }

    @Test("the forged cache speaks while the folder is safely the user's")
    func trustedWhenOurs() throws {
        let (dir, journal, _) = try Self.forged()
        defer { withExtendedLifetime(dir) {} }
        #expect(try journal.history().records.contains { $0.payload.texts == ["words that were never written"] })
    }

    @Test("a cache folder others can write to is ignored, and doctor says so")
    func writableByOthers() throws {
        let (dir, journal, folder) = try Self.forged()
        defer { withExtendedLifetime(dir) {} }
        chmod(folder, 0o777)
        #expect(try !journal.history().records.contains { $0.payload.texts == ["words that were never written"] })
        #expect(try journal.newest(200).count == 89)
        #expect(journal.diagnose().findings.contains { $0.message.contains(folder) && $0.message.contains("ignores") })
    }

    @Test("a cache folder owned by another user is ignored, and doctor says so")
    func ownedByAnother() throws {
        guard geteuid() == 0 else { return } // only root can give a folder away
        let (dir, journal, folder) = try Self.forged()
        defer { withExtendedLifetime(dir) {} }
        chown(folder, 65534, 65534)
        #expect(try !journal.history().records.contains { $0.payload.texts == ["words that were never written"] })
        #expect(journal.diagnose().findings.contains { $0.message.contains("another user") })
    }

    @Test("a cache root that is a link is ignored")
    func linkedRoot() throws {
        let (dir, journal, _) = try Self.forged()
        defer { withExtendedLifetime(dir) {} }
        let root = dir.appending("cache")
        try FileManager.default.moveItem(atPath: root, toPath: dir.appending("elsewhere"))
        symlink(dir.appending("elsewhere"), root)
        #expect(try !journal.history().records.contains { $0.payload.texts == ["words that were never written"] })
    }
}

@Suite("Storage: the cache's index of month files")
struct JournalIndexTests {
    @Test("the index reads back what it wrote, files without corrections included; damage is not believed")
    func roundTrip() throws {
        let identity = FileIdentity(device: 1, inode: 2, size: 3, modified: 4, modifiedNanoseconds: 5, changed: 6, changedNanoseconds: 7)
        var index = JournalIndex()
        index.facts["/d/2026/2026-11.jsonl"] = FileFacts(identity: identity, records: RecordSamples.everyKind)
        index.facts["/d/2026/2026-12.jsonl"] = FileFacts(identity: identity, records: [RecordSamples.appreciation(40)])
        index.facts["/d/2026/2026-10.jsonl"] = FileFacts(identity: identity, records: [])
        index.findSuspects()
        let files = index.encoded
        var read = try #require(JournalIndex(encoded: files.index))
        #expect(read.facts.values.allSatisfy { $0.ids.isEmpty })
        let attached = read.attachIDs(files.ids)
        #expect(attached)
        #expect(read == index)
        #expect(index.facts["/d/2026/2026-11.jsonl"]?.corrections.count == 2)
        var damaged = files.index
        damaged[damaged.count / 2] ^= 0x40
        #expect(JournalIndex(encoded: damaged) == nil)
        #expect(JournalIndex(encoded: Array(files.index.prefix(files.index.count - 9))) == nil)
        // The ids of another generation are not believed.
        var other = try #require(JournalIndex(encoded: files.index))
        let stale = other.attachIDs(index.encoded.ids)
        #expect(!stale)
    }

    @Test("the walk keeps the facts of settled files in the index, and trusts them only while the file is as it was")
    func keptAndChecked() throws {
        let (dir, journal) = try JournalCacheTests.journal()
        _ = try journal.newest(5)
        let indexPath = try #require(journal.cache).directory + "/index"
        let index = try #require(JournalIndex(encoded: Disk.bytes(indexPath)))
        let idsPath = try #require(journal.cache).directory + "/ids"
        #expect(FileManager.default.fileExists(atPath: idsPath))
        #expect(index.facts.count == 3)
        // Appending changes the file: its facts are made again, and the new record is found.
        try journal.append(RecordSamples.appreciation(901, text: "after the index", at: "2026-09-20T10:00:00+02:00"))
        #expect(try journal.newest(200, matching: RecordQuery(search: "after the index")).map(\.id) == [RecordSamples.id(901)])
        withExtendedLifetime(dir) {}
    }
}
