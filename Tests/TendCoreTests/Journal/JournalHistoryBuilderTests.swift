import Testing
import TendCore
import TendJournalFormat
import TendTestSupport

@Suite("Journal records: folding the history as files are read")
struct JournalHistoryBuilderTests {
    /// The fold written the plain way (every record by id in a dictionary,
    /// each resolved, all sorted), as the builder's reference.
    static func reference(_ lines: [Record]) -> (records: [Record], orphans: [RecordID], conflicts: [RecordID], failed: [RecordID]) {
        var byID: [RecordID: Record] = [:]
        var conflicts: Set<RecordID> = []
        var corrections = Corrections()
        var correctionRecords: [Record] = []
        for record in lines {
            if corrections.add(record) {
                correctionRecords.append(record)
                continue
            }
            if let existing = byID[record.id], existing != record {
                conflicts.insert(record.id)
                if record.jsonLine.lexicographicallyPrecedes(existing.jsonLine) { continue }
            }
            byID[record.id] = record
        }
        var failed: [RecordID] = []
        var live: [Record] = []
        for record in byID.values {
            let resolved = corrections.resolveReportingFailures(record)
            failed += resolved.failures.map(\.edit)
            if let record = resolved.record { live.append(record) }
        }
        let orphans = correctionRecords.filter { record in
            switch record.payload {
            case .edit(let edit): return byID[edit.target] == nil
            case .delete(let delete): return byID[delete.target] == nil
            default: return false
            }
        }
        return (live.sorted(by: Record.chronologically), Set(orphans.map(\.id)).sorted(), conflicts.sorted(), failed.sorted())
    }

    /// Appreciations and check-ins out of order, duplicated and conflicting,
    /// with edits (some that fail), deletes, and corrections of nothing.
    static func lines(seed: UInt64) -> [Record] {
        var generator = SeededGenerator(seed: seed)
        var lines: [Record] = []
        for n in 0..<60 {
            let minutes = Int.random(in: 0..<5000, using: &generator)
            lines.append(n % 3 == 0 ? RecordSamples.checkIn(n, at: "2026-11-2\(n % 9)T07:10:00+0\(n % 3):00")
                                    : RecordSamples.appreciation(n, text: "n\(n)", plusMinutes: minutes))
        }
        for n in 0..<15 {
            let target = Int.random(in: 0..<80, using: &generator)
            let set = n % 4 == 0 ? JSONObject([.init("mood", .int(9))]) : JSONObject([.init("text", .string("edit \(n)"))])
            lines.append(RecordSamples.edit(100 + n, of: target, set: set, at: "2026-11-2\(n % 9)T22:00:00+01:00"))
            lines.append(RecordSamples.delete(200 + n, of: Int.random(in: 0..<80, using: &generator)))
        }
        lines += lines.prefix(20)
        lines.append(RecordSamples.appreciation(7, text: "a second version of 7"))
        return lines.shuffled(using: &generator)
    }

    @Test("handing over the lines in pieces folds as the plain way does", arguments: 0..<12)
    func matchesReference(seed: UInt64) {
        var generator = SeededGenerator(seed: seed + 100)
        let lines = Self.lines(seed: seed)
        var builder = History.Builder()
        var rest = lines[...]
        while !rest.isEmpty {
            let piece = rest.prefix(Int.random(in: 0...9, using: &generator))
            builder.add(Array(piece))
            rest = rest.dropFirst(piece.count)
        }
        let history = builder.finish()
        let expected = Self.reference(lines)
        #expect(history.records == expected.records)
        #expect(Set(history.orphanCorrections.map(\.id)).sorted() == expected.orphans)
        #expect(history.conflicts == expected.conflicts)
        #expect(history.failedEdits.map(\.edit) == expected.failed)
        #expect(History(lines).records == expected.records)
    }
}
