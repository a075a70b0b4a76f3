import Testing
import TendCore
import TendTestSupport

@Suite("Journal records: ids")
struct JournalRecordIDTests {
    /// Ids of Tend's shape (with every suffix length, and suffixes that are
    /// prefixes of one another) and of other shapes.
    static var texts: [String] {
        var generator = SeededGenerator(seed: 5)
        var result = ["20261123-213005-7f", "20261123-213005-7f0", "20261123-213005-7f00", "20261123-213005-7f3a",
                      "20261123-213005-7F3A", "20261123-213005-g", "20261123-213005-", "2026112-213005-7f3a9c",
                      "20261123_213005-7f3a9c", "20261123-213005-7f3a9c04b1e2aaaab", "t-1", "t-10", "A.b_c:d-9",
                      "20261123-213005-7f3a9c04b1e2", "20261123-213005-ffffffffffffffff", "00000000-000000-0",
                      "99999999-999999-0000000000000000", "20261123-2130057f3a", "20261123-213005-7f3a9c-x"]
        for _ in 0..<300 {
            let hex = (0..<Int.random(in: 1...16, using: &generator)).map { _ in "0123456789abcdef".randomElement(using: &generator)! }
            let day = (0..<8).map { _ in "0123456789".randomElement(using: &generator)! }
            let clock = (0..<6).map { _ in "0123456789".randomElement(using: &generator)! }
            result.append(String(day) + "-" + String(clock) + "-" + String(hex))
        }
        return result
    }

    @Test("an id reads back as written")
    func roundTrip() throws {
        for text in Self.texts {
            #expect(try #require(RecordID(text)).rawValue == text)
        }
    }

    @Test("ids order, compare and hash as their text does")
    func orderIsTextOrder() throws {
        let texts = Self.texts
        let ids = try texts.map { try #require(RecordID($0)) }
        for (a, idA) in zip(texts, ids) {
            for (b, idB) in zip(texts, ids) {
                #expect((idA < idB) == (a < b), "\(a) < \(b)")
                #expect((idA == idB) == (a == b), "\(a) == \(b)")
            }
        }
        #expect(Set(ids).count == Set(texts).count)
        #expect(ids.sorted().map(\.rawValue) == texts.sorted())
    }

    @Test("made ids have Tend's shape and read back", arguments: 0..<20)
    func madeIDs(seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(seed))
        let id = RecordID.make(at: RecordSamples.time(), using: &generator)
        #expect(id.rawValue.count == 28)
        #expect(RecordID(id.rawValue) == id)
    }

    @Test("what is not an id is refused", arguments: ["", "has space", "é", String(repeating: "a", count: 65), "20261123-213005-7f3a\n"])
    func refused(text: String) {
        #expect(RecordID(text) == nil)
    }
}
