import Foundation
import Testing
import TendCore
import TendJournalFormat
import TendStorage
import TendTestSupport

@Suite("Storage: reading many files at once")
struct JournalManyFilesTests {
    /// Two years of months, each with a conflict copy, duplicates across
    /// files, corrections in later months, and a torn line here and there.
    static func journal(in dir: TemporaryDirectory) throws -> Journal {
        let journal = Journal(directory: dir.path)
        var generator = SeededGenerator(seed: 9)
        for month in 0..<24 {
            let year = 2025 + month / 12, number = month % 12 + 1
            let name = "\(year)-\(number < 10 ? "0" : "")\(number)"
            let records = (0..<20).map { n in
                RecordSamples.appreciation(month * 100 + n, person: n % 2 == 0 ? "Ana" : "José", text: "m\(month) n\(n)",
                                           at: "\(name)-01T10:00:00+01:00", plusMinutes: Int.random(in: 0..<40_000, using: &generator))
            }
            var main = Disk.lines(records.shuffled(using: &generator))
            if month % 5 == 0 { main += "{\"v\":1,\"id\":\"torn\n" }
            if month > 0 {
                main += Disk.lines([RecordSamples.edit(10_000 + month, of: (month - 1) * 100 + 3, set: JSONObject([.init("text", .string("edited in \(name)"))]),
                                                       at: "\(name)-02T10:00:00+01:00"),
                                    RecordSamples.delete(20_000 + month, of: (month - 1) * 100 + 4, at: "\(name)-02T10:00:00+01:00")])
            }
            Disk.write(main, to: dir.appending("\(year)/\(name).jsonl"))
            let copy = Array(records.prefix(5)) + [RecordSamples.appreciation(month * 100 + 7, text: "a second version")]
            Disk.write(Disk.lines(copy), to: dir.appending("\(year)/\(name).sync-conflict-20260101-000000-XYZ.jsonl"))
        }
        return journal
    }

    @Test("the history is the one read file by file, in order")
    func sameAsOneByOne() throws {
        let dir = TemporaryDirectory()
        let journal = try Self.journal(in: dir)
        var lines: [Record] = []
        for file in try journal.files() {
            for line in Disk.text(file.path).split(separator: "\n") {
                if let record = try? Record(line: Array(line.utf8)) { lines.append(record) }
            }
        }
        let expected = History(lines)
        let history = try journal.history()
        #expect(history.records == expected.records)
        #expect(history.conflicts == expected.conflicts)
        #expect(history.records.count == 24 * 20 - 23)
        #expect(history.conflicts.count == 24)
        let report = journal.diagnose()
        #expect(report.records == expected.records.count)
        #expect(report.findings.filter { $0.line != nil }.count == 5)
        #expect(report.files == 48)
        let order = try journal.files().map(\.path)
        let reported = report.findings.compactMap { finding in finding.line.flatMap { _ in finding.path } }
        #expect(reported == order.filter(reported.contains))
    }
}
