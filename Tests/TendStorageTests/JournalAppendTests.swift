import Foundation
import Testing
import TendCore
import TendStorage
import TendTestSupport

@Suite("Storage: appending")
struct JournalAppendTests {
    @Test("an append lands in the month file, one line, newline-terminated")
    func appendsOneLine() throws {
        let dir = TemporaryDirectory()
        let journal = Journal(directory: dir.path)
        try journal.append(RecordSamples.appreciation(1))
        let text = Disk.text(dir.appending("2026/2026-11.jsonl"))
        #expect(text == Disk.lines([RecordSamples.appreciation(1)]))
    }

    @Test("new folders are 0700 and new files 0600")
    func privateModes() throws {
        let dir = TemporaryDirectory()
        let data = dir.appending("deep/data")
        try Journal(directory: data).append(RecordSamples.appreciation(1))
        #expect(Disk.mode(dir.appending("deep")) == 0o700)
        #expect(Disk.mode(data) == 0o700)
        #expect(Disk.mode(data + "/2026") == 0o700)
        #expect(Disk.mode(data + "/2026/2026-11.jsonl") == 0o600)
        #expect(Disk.mode(data + "/" + FileLock.fileName) == 0o600)
    }

    @Test("a record goes to the file of its own local month")
    func monthOfRecord() throws {
        let dir = TemporaryDirectory()
        let journal = Journal(directory: dir.path)
        try journal.append(RecordSamples.appreciation(1, at: "2026-12-01T00:30:00+01:00"))
        try journal.append(RecordSamples.appreciation(2, at: "2026-11-30T23:30:00-05:00"))
        #expect(Disk.files(in: dir.path).filter { $0.hasSuffix(".jsonl") } == ["2026/2026-11.jsonl", "2026/2026-12.jsonl"])
    }

    @Test("after a torn tail the next record starts on its own line and the torn bytes stay")
    func tornTailIsNotGlued() throws {
        let dir = TemporaryDirectory()
        let path = dir.appending("2026/2026-11.jsonl")
        Disk.write(#"{"v":1,"id":"torn","ti"#, to: path)
        try Journal(directory: dir.path).append(RecordSamples.appreciation(1))
        #expect(Disk.text(path) == #"{"v":1,"id":"torn","ti"# + "\n" + Disk.lines([RecordSamples.appreciation(1)]))
    }

    @Test("a record over the size limit is refused and nothing is written")
    func oversizedRefused() throws {
        let dir = TemporaryDirectory()
        let journal = Journal(directory: dir.path)
        try journal.append(RecordSamples.appreciation(1))
        let before = Disk.bytes(dir.appending("2026/2026-11.jsonl"))
        let megabyte = String(repeating: "lovely ", count: 150_000)
        #expect(throws: StorageError.self) { try journal.append(RecordSamples.appreciation(2, text: megabyte)) }
        do {
            try journal.append(RecordSamples.appreciation(2, text: megabyte))
        } catch {
            guard case .recordTooLarge(let bytes, let limit) = error else { Issue.record("\(error)"); return }
            #expect(bytes > limit)
            #expect(error.description.contains("Nothing was saved"))
        }
        #expect(Disk.bytes(dir.appending("2026/2026-11.jsonl")) == before)
    }

    @Test("a long text under the limit is stored whole")
    func largeTextStoredWhole() throws {
        let dir = TemporaryDirectory()
        let journal = Journal(directory: dir.path)
        let text = String(repeating: "é👍 ", count: 20_000) // ~160 KB of UTF-8
        try journal.append(RecordSamples.appreciation(1, text: text))
        let read = try journal.history().records
        guard case .appreciation(let a)? = read.first?.payload else { Issue.record("missing"); return }
        #expect(a.text == text)
    }

    @Test("a month file that is a symbolic link is not written through")
    func refusesSymlink() throws {
        let dir = TemporaryDirectory()
        let target = dir.appending("elsewhere.jsonl")
        Disk.write("", to: target)
        try FileManager.default.createDirectory(atPath: dir.appending("2026"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: dir.appending("2026/2026-11.jsonl"), withDestinationPath: target)
        do {
            try Journal(directory: dir.path).append(RecordSamples.appreciation(1))
            Issue.record("the append went through a link")
        } catch {
            #expect(error.description.contains(dir.appending("2026/2026-11.jsonl")))
        }
        #expect(Disk.text(target).isEmpty)
    }

    @Test("threads appending at once never interleave")
    func concurrentAppendsInOneProcess() async throws {
        let dir = TemporaryDirectory()
        let journal = Journal(directory: dir.path)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for worker in 0..<4 {
                group.addTask {
                    for n in 0..<50 { try journal.append(RecordSamples.appreciation(worker * 1000 + n, plusMinutes: n)) }
                }
            }
            try await group.waitForAll()
        }
        #expect(journal.diagnose().isHealthy)
        #expect(try journal.history().records.count == 200)
    }
}
