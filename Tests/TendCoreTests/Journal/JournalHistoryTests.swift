import Testing
import TendCore
import TendJournalFormat
import TendTestSupport

@Suite("Journal records: folding edits and merging machines")
struct JournalHistoryTests {
    @Test("an edit changes the record it names")
    func editApplies() throws {
        let history = History([RecordSamples.checkIn(1), RecordSamples.edit(2, of: 1, set: JSONObject([.init("practiceDone", .bool(true))]))])
        let record = try #require(history.record(id: RecordSamples.id(1)))
        guard case .checkIn(let c) = record.payload else { Issue.record("wrong kind"); return }
        #expect(c.practiceDone == true)
        #expect(history.records.count == 1)
    }

    @Test("a delete hides the record")
    func deleteHides() {
        let history = History([RecordSamples.appreciation(1), RecordSamples.appreciation(2), RecordSamples.delete(3, of: 1)])
        #expect(history.records.map(\.id) == [RecordSamples.id(2)])
    }

    @Test("edits apply in time order whatever order the lines arrive in")
    func editsInTimeOrder() throws {
        let first = RecordSamples.edit(2, of: 1, set: JSONObject([.init("text", .string("first"))]), at: "2026-11-23T22:00:00+01:00")
        let second = RecordSamples.edit(3, of: 1, set: JSONObject([.init("text", .string("second"))]), at: "2026-11-23T23:00:00+01:00")
        for lines in [[RecordSamples.appreciation(1), first, second], [second, RecordSamples.appreciation(1), first]] {
            let record = try #require(History(lines).record(id: RecordSamples.id(1)))
            guard case .appreciation(let a) = record.payload else { Issue.record("wrong kind"); return }
            #expect(a.text == "second")
        }
    }

    @Test("duplicated, interleaved and shuffled lines merge into one history")
    func mergeIsOrderFree() {
        let a = (0..<20).map { RecordSamples.appreciation($0, plusMinutes: $0 * 7) }
        let b = (20..<40).map { RecordSamples.appreciation($0, plusMinutes: $0 * 3) }
        let expected = History(a + b).records
        var generator = SeededGenerator(seed: 42)
        for _ in 0..<10 {
            let mixed = (a + b + a.prefix(5) + b.suffix(7)).shuffled(using: &generator)
            #expect(History(mixed).records == expected)
        }
        #expect(expected.count == 40)
        #expect(expected == expected.sorted(by: Record.chronologically))
    }

    @Test("two versions of one id: the same one wins in any order, and it is reported")
    func conflictsAreDeterministic() {
        let one = RecordSamples.appreciation(1, text: "one")
        let two = RecordSamples.appreciation(1, text: "two")
        #expect(History([one, two]).records == History([two, one]).records)
        #expect(History([one, two]).conflicts == [RecordSamples.id(1)])
    }

    @Test("an edit that would break the record is ignored and reported")
    func badEditReported() throws {
        let history = History([RecordSamples.checkIn(1), RecordSamples.edit(2, of: 1, set: JSONObject([.init("mood", .int(42))]))])
        #expect(history.failedEdits.map(\.edit) == [RecordSamples.id(2)])
        let record = try #require(history.record(id: RecordSamples.id(1)))
        guard case .checkIn(let c) = record.payload else { Issue.record("wrong kind"); return }
        #expect(c.mood == 4)
    }

    @Test("corrections of records that are not here are kept aside")
    func orphans() {
        let history = History([RecordSamples.delete(9, of: 77)])
        #expect(history.orphanCorrections.map(\.id) == [RecordSamples.id(9)])
    }
}
