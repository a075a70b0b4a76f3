import Testing
@testable import TendCore
import TendTestSupport

@Suite("Journal records: sorting a history in place")
struct JournalSortTests {
    static func records(_ count: Int) -> [Record] {
        (0..<count).map { RecordSamples.appreciation($0, plusMinutes: $0 / 3) } // some share a minute: then the id decides
    }

    @Test("a few records out of place, or a whole shuffle, end up oldest first", arguments: [0, 1, 5, 40, 1000])
    func sorts(displaced: Int) {
        let sorted = Self.records(400).sorted(by: Record.chronologically)
        var generator = SeededGenerator(seed: UInt64(displaced))
        var records = sorted
        for _ in 0..<displaced {
            records.swapAt(Int.random(in: 0..<records.count, using: &generator), Int.random(in: 0..<records.count, using: &generator))
        }
        #expect(Record.isChronological(records) == (records == sorted))
        Record.sortChronologically(&records)
        #expect(records == sorted)
        #expect(Record.isChronological(records))
    }
}
