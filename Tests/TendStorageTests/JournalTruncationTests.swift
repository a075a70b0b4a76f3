import Foundation
import Testing
import TendCore
import TendStorage
import TendTestSupport

@Suite("Storage: torn writes")
struct JournalTruncationTests {
    @Test("truncated at every byte of the last record: earlier records read, doctor reports, the next append is whole")
    func everyOffset() throws {
        let dir = TemporaryDirectory()
        let path = dir.appending("2026/2026-11.jsonl")
        let first = Disk.lines([RecordSamples.appreciation(1)])
        let second = Disk.lines([RecordSamples.appreciation(2, text: "Zoë 👋 e\u{301}", plusMinutes: 1)])
        let full = Array((first + second).utf8)
        let start = first.utf8.count
        for cut in start..<full.count {
            Disk.write(bytes: Array(full.prefix(cut)), to: path)
            for (item, mode) in [(dir.path, 0o700), (dir.appending("2026"), 0o700), (path, 0o600)] { chmod(item, mode_t(mode)) }
            let journal = Journal(directory: dir.path)
            // Cut before its last byte (the newline), the record is incomplete.
            let torn = cut > start && cut < full.count - 1
            let complete = cut == full.count - 1
            #expect(try journal.history().records.map(\.id) == (complete ? [1, 2] : [1]).map(RecordSamples.id), "cut at \(cut)")
            let report = journal.diagnose()
            #expect(report.isHealthy == !torn, "cut at \(cut)")
            if torn {
                #expect(report.findings.contains { $0.path == path && $0.line == 2 }, "cut at \(cut)")
            }
            try journal.append(RecordSamples.appreciation(3, plusMinutes: 2))
            #expect(try journal.history().records.map(\.id) == (complete ? [1, 2, 3] : [1, 3]).map(RecordSamples.id), "cut at \(cut)")
            // The torn bytes are still in the file, on their own line.
            let bytes = Disk.bytes(path)
            #expect(Array(bytes.prefix(cut)) == Array(full.prefix(cut)), "cut at \(cut)")
        }
    }
}
