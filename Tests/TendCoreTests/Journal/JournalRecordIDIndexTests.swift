import Testing
@testable import TendCore
import TendTestSupport

@Suite("Journal records: the id index")
struct JournalRecordIDIndexTests {
    @Test("finds every record by id as it grows, and never stores an id twice")
    func findsEveryRecord() throws {
        var generator = SeededGenerator(seed: 4)
        var records: [Record] = []
        var index = RecordIDIndex()
        for n in 0..<5000 {
            // Tend-shaped ids (packed) and others (kept as text), some repeated.
            let id = n % 3 == 0 ? "t-\(n)" : RecordID.make(at: RecordSamples.time(plusMinutes: n), using: &generator).rawValue
            let record = Record(id: try #require(RecordID(id)), time: RecordSamples.time(plusMinutes: n),
                                payload: .appreciation(Appreciation(person: "Ana", text: "\(n)")))
            #expect(index.position(of: record.id, storing: records.count, in: records) == records.count)
            records.append(record)
            if n % 7 == 0 {
                let again = records[Int.random(in: 0..<records.count, using: &generator)]
                let position = index.position(of: again.id, storing: records.count, in: records)
                #expect(records[position] == again)
            }
        }
        for (position, record) in records.enumerated() {
            #expect(index.position(of: record.id, in: records) == position)
        }
        #expect(index.position(of: try #require(RecordID("absent")), in: records) == nil)
    }
}
