import Foundation
import Testing
import TendCore
import TendJournalFormat
@testable import TendStorage
import TendTestSupport

@Suite("Storage: import and export")
struct JournalImportExportTests {
    static func export(_ journal: Journal, as format: ExportFormat = .json) throws -> [UInt8] {
        var out: [UInt8] = []
        try JournalExporter.export(try journal.exportable(as: format).value, as: format) { out.append(contentsOf: $0) }
        return out
    }

    static func sampleFile(in dir: TemporaryDirectory) -> String {
        let path = dir.appending("in.jsonl")
        var records = RecordSamples.everyKind
        records.append(RecordSamples.appreciation(20, person: "Zoë", text: "\u{1B}[2J bidi \u{202E}x, \"quoted\"", at: "2025-01-05T08:00:00-05:00"))
        Disk.write(Disk.lines(records), to: path)
        return path
    }

    @Test("import adds records and says how many")
    func importCounts() throws {
        let dir = TemporaryDirectory()
        let journal = Journal(directory: dir.appending("data"))
        let summary = try journal.importRecords(fromFile: Self.sampleFile(in: dir))
        #expect(summary.added == 14)
        #expect(summary.alreadyPresent == 0)
        #expect(summary.rejected.isEmpty)
        #expect(try journal.history().records.count == 11)
    }

    @Test("importing twice adds nothing")
    func importIsIdempotent() throws {
        let dir = TemporaryDirectory()
        let journal = Journal(directory: dir.appending("data"))
        let file = Self.sampleFile(in: dir)
        _ = try journal.importRecords(fromFile: file)
        let before = Disk.files(in: journal.directory).map { Disk.bytes(journal.directory + "/" + $0) }
        let again = try journal.importRecords(fromFile: file)
        #expect(again.added == 0)
        #expect(again.alreadyPresent == 14)
        #expect(Disk.files(in: journal.directory).map { Disk.bytes(journal.directory + "/" + $0) } == before)
    }

    @Test("bad lines are refused with their line number and reason")
    func rejections() throws {
        let dir = TemporaryDirectory()
        let path = dir.appending("in.jsonl")
        Disk.write(Disk.lines([RecordSamples.appreciation(1)]) + "garbage\n"
                   + #"{"v":1,"id":"a","time":"2026-11-23T07:00:00+01:00","kind":"check-in","mood":9,"intention":"listen","practice":"p"}"# + "\n",
                   to: path)
        let summary = try Journal(directory: dir.appending("data")).importRecords(fromFile: path)
        #expect(summary.added == 1)
        #expect(summary.rejected.map(\.line) == [2, 3])
        #expect(summary.rejected[1].reason.contains("mood"))
    }

    @Test("export, import into an empty folder, export again: identical")
    func exportImportExport() throws {
        let dir = TemporaryDirectory()
        let original = Journal(directory: dir.appending("a"))
        _ = try original.importRecords(fromFile: Self.sampleFile(in: dir))
        let first = try Self.export(original)
        let exported = dir.appending("export.jsonl")
        Disk.write(bytes: first, to: exported)
        let copy = Journal(directory: dir.appending("b"))
        _ = try copy.importRecords(fromFile: exported)
        #expect(try Self.export(copy) == first)
        for format in [ExportFormat.csv, .markdown] {
            #expect(try Self.export(copy, as: format) == Self.export(original, as: format))
        }
    }

    @Test("import leaves no temporary files and keeps modes private")
    func importIsTidy() throws {
        let dir = TemporaryDirectory()
        let journal = Journal(directory: dir.appending("data"))
        _ = try journal.importRecords(fromFile: Self.sampleFile(in: dir))
        let files = Disk.files(in: journal.directory)
        #expect(!files.contains { $0.contains(".tmp") })
        for file in files where file.hasSuffix(".jsonl") { #expect(Disk.mode(journal.directory + "/" + file) == 0o600) }
    }

    @Test("import keeps a torn line already in the file and adds after it")
    func importKeepsTornLines() throws {
        let dir = TemporaryDirectory()
        let journal = Journal(directory: dir.appending("data"))
        let month = journal.directory + "/2026/2026-11.jsonl"
        Disk.write(#"{"v":1,"id":"to"#, to: month)
        _ = try journal.importRecords(fromFile: Self.sampleFile(in: dir))
        #expect(Disk.text(month).hasPrefix(#"{"v":1,"id":"to"# + "\n"))
    }

    @Test("CSV quotes a comma or a quote with a combining mark after it, which is still that byte to a reader")
    func csvCombiningMarks() throws {
        let dir = TemporaryDirectory()
        let path = dir.appending("in.jsonl")
        Disk.write(Disk.lines([RecordSamples.appreciation(21, person: "Zoë", text: "a\"\u{301}b,\u{301}c", at: "2025-01-06T08:00:00-05:00")]), to: path)
        let journal = Journal(directory: dir.appending("data"))
        _ = try journal.importRecords(fromFile: path)
        let csv = String(decoding: try Self.export(journal, as: .csv), as: UTF8.self)
        #expect(csv.contains("\"a\"\"\u{301}b,\u{301}c\""), "\(csv)")
    }

    @Test("CSV quotes commas and quotes and shows hostile text harmlessly; so does markdown")
    func csvAndMarkdown() throws {
        let dir = TemporaryDirectory()
        let journal = Journal(directory: dir.appending("data"))
        _ = try journal.importRecords(fromFile: Self.sampleFile(in: dir))
        let csv = String(decoding: try Self.export(journal, as: .csv), as: UTF8.self)
        #expect(csv.hasPrefix("id,time,kind,person"))
        #expect(csv.contains("\"␛ bidi x, \"\"quoted\"\"\""), "\(csv)")
        #expect(!csv.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
        let markdown = try Self.export(journal, as: .markdown)
        #expect(!markdown.contains(0x1B))
        #expect(String(decoding: markdown, as: UTF8.self).contains("## January 2025"))
    }

    @Test("CSV keeps every field of a week's focus, its days, its look back and a review, each in a column")
    func csvFocusKinds() throws {
        let dir = TemporaryDirectory()
        let path = dir.appending("in.jsonl")
        Disk.write(Disk.lines(RecordSamples.focusKinds), to: path)
        let journal = Journal(directory: dir.appending("data"))
        _ = try journal.importRecords(fromFile: path)
        let rows = String(decoding: try Self.export(journal, as: .csv), as: UTF8.self)
            .split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = try #require(rows.first)
        for record in RecordSamples.focusKinds {
            let row = try #require(rows.first { $0.first == record.id.rawValue }, "\(record.id)")
            for member in record.payload.fields.members {
                let value: String
                switch member.value {
                case .string(let text): value = text
                case .int(let number): value = String(number)
                case .bool(let flag): value = flag ? "true" : "false"
                default: continue
                }
                let columns = header.indices.filter { row[$0] == value }
                #expect(!columns.isEmpty, "\(record.kind.rawValue) \(member.key) = \(value) is in no column")
            }
        }
    }

    @Test("CSV cells a spreadsheet would run as a formula start with a quote; line breaks stay, controls do not")
    func csvInert() {
        for (text, expected) in [("=1+2", "'=1+2"), ("+1", "'+1"), ("-2", "'-2"), ("@SUM(1)", "'@SUM(1)"),
                                 ("\tx", " x"), ("\r\nx", "\nx"), ("a=b", "a=b"), ("", ""), ("José 🚲", "José 🚲"),
                                 ("two\nlines", "two\nlines"), ("bell\u{07} and \u{1B}]52;c;aGk=\u{07}", "bell␇ and ␛")] {
            #expect(JournalExporter.csvInert(text) == expected, "\(text)")
        }
    }

    @Test("the atomic writer replaces a file whole, mode 0600, no temp left")
    func atomicWriter() throws {
        let dir = TemporaryDirectory()
        let path = dir.appending("conf/config.toml")
        try AtomicFileWriter.write(Array("one".utf8), to: path)
        try AtomicFileWriter.write(Array("two".utf8), to: path)
        #expect(Disk.text(path) == "two")
        #expect(Disk.mode(path) == 0o600)
        #expect(Disk.files(in: dir.appending("conf")) == ["config.toml"])
    }
}
