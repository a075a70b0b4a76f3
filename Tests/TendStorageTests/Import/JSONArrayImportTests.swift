import Foundation
import Testing
import TendCore
import TendJournalFormat
@testable import TendStorage
import TendTestSupport

/// `--format json` is a JSON array and `jsonl` JSON Lines; import reads both.
@Suite("Storage: JSON array and JSON Lines")
struct JSONArrayImportTests {
    static func export(_ records: [Record], as format: ExportFormat) throws -> [UInt8] {
        var out: [UInt8] = []
        try JournalExporter.export(records, as: format) { out.append(contentsOf: $0) }
        return out
    }

    @Test("json is one array, jsonl one record a line, and both import to the same history")
    func bothFormats() throws {
        let records = RecordSamples.everyKind
        let array = try Self.export(records, as: .json), lines = try Self.export(records, as: .jsonl)
        let parsed = try JSONSerialization.jsonObject(with: Data(array)) as? [[String: Any]]
        #expect(parsed?.count == records.count)
        #expect(String(decoding: array, as: UTF8.self).split(separator: "\n").count == records.count + 2)
        #expect(String(decoding: lines, as: UTF8.self).split(separator: "\n").count == records.count)
        #expect(!lines.starts(with: Array("[".utf8)))
        #expect(try Self.export([], as: .json) == Array("[]\n".utf8))
        #expect(ImportParser.parse(array).records == records)
        #expect(ImportParser.parse(lines).records == records)
    }

    @Test("an array pretty-printed by another tool reads too")
    func prettyArray() throws {
        let records = Array(RecordSamples.everyKind.prefix(2))
        let data = try JSONSerialization.data(withJSONObject: try JSONSerialization.jsonObject(with: Data(try Self.export(records, as: .json))),
                                              options: [.prettyPrinted])
        #expect(ImportParser.parse(Array(data)).records == records)
    }

    @Test("a broken element is named with its place and line; the rest are kept")
    func brokenElement() {
        let good = String(decoding: RecordSamples.everyKind[0].jsonLine, as: UTF8.self)
        let text = "[\n\(good),\n{\"v\":1,\"kind\":\"note\"},\n  \"text\" ,\n\(good)\n]\n"
        let result = ImportParser.parse(Array(text.utf8))
        #expect(result.records.count == 2)
        #expect(result.rejected.map(\.position) == ["entry 2 (line 3)", "entry 3 (line 4)"])
        let torn = ImportParser.parse(Array("[\n\(good),\n{\"v\":1,\"text\":\"unclosed".utf8))
        #expect(torn.records.isEmpty)
        #expect(torn.rejected.map(\.position) == ["line 3"])
    }
}
