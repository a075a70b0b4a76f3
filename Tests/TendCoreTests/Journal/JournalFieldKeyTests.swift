import Testing
@testable import TendCore
@testable import TendJournalFormat

@Suite("Journal records: field names")
struct JournalFieldKeyTests {
    static func key(_ text: String) -> FieldKey? {
        Array(text.utf8).withUnsafeBufferPointer { FieldKey(utf8: $0) }
    }

    @Test("every key is found by its name, and by nothing else")
    func names() {
        for key in FieldKey.allCases {
            #expect(Self.key(key.name) == key)
            #expect(Self.key(key.name + "s") == nil)
            #expect(Self.key(String(key.name.dropLast())) == nil)
            #expect(Self.key(key.name.uppercased()) == nil || key.name == key.name.uppercased())
        }
        #expect(FieldKey.practiceDone.name == "practiceDone")
        #expect(FieldKey.plannedSeconds.name == "plannedSeconds")
        #expect(Self.key("") == nil)
        #expect(Self.key("a much longer name than any") == nil)
    }
}
