import Foundation
import Testing
import TendCore
import TendStorage
import TendTestSupport

@Suite("Storage: doctor")
struct JournalDoctorTests {
    @Test("a healthy journal has no problems")
    func healthy() throws {
        let dir = TemporaryDirectory()
        let journal = Journal(directory: dir.path)
        for record in RecordSamples.everyKind { try journal.append(record) }
        let report = journal.diagnose()
        #expect(report.isHealthy)
        #expect(report.records == 8) // nine content records, one deleted
    }

    @Test("a corrupt line is reported with its file and line number, and kept")
    func corruptLineReported() throws {
        let dir = TemporaryDirectory()
        let path = dir.appending("2026/2026-11.jsonl")
        let content = Disk.lines([RecordSamples.appreciation(1)]) + "{\"v\":1,\"id\":\"x\"\n" + Disk.lines([RecordSamples.appreciation(2)])
        Disk.write(content, to: path)
        chmod(path, 0o600)
        chmod(dir.path, 0o700)
        chmod(dir.appending("2026"), 0o700)
        let report = Journal(directory: dir.path).diagnose()
        #expect(!report.isHealthy)
        let finding = try #require(report.findings.first { $0.severity == .problem })
        #expect(finding.path == path)
        #expect(finding.line == 2)
        #expect(Disk.text(path) == content)
    }

    @Test("a file others can read is a problem")
    func loosePermissions() throws {
        let dir = TemporaryDirectory()
        let journal = Journal(directory: dir.path)
        try journal.append(RecordSamples.appreciation(1))
        chmod(dir.appending("2026/2026-11.jsonl"), 0o644)
        let report = journal.diagnose()
        #expect(report.findings.contains { $0.severity == .problem && $0.message.contains("chmod 600") })
    }

    @Test("a record from a newer Tend is reported, not dropped silently")
    func newerVersionReported() throws {
        let dir = TemporaryDirectory()
        let journal = Journal(directory: dir.path)
        try journal.append(RecordSamples.appreciation(1))
        let path = dir.appending("2026/2026-11.jsonl")
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data(#"{"v":2,"id":"future","time":"2026-11-23T21:30:05+01:00","kind":"hug"}"#.utf8 + [0x0A]))
        try handle.close()
        let report = journal.diagnose()
        #expect(report.findings.contains { $0.line == 2 && $0.message.contains("newer Tend") })
    }
}
