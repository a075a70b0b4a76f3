import Testing
import TendCore
import TendJournalFormat
import TendTestSupport

@Suite("Journal records: search folding")
struct JournalSearchTests {
    static let cases: [(needle: String, text: String)] = [
        ("jose", "José"), ("JOSÉ", "jose"), ("jose", "Jose\u{301}"), ("Zoe", "ZOË"), ("strasse", "Straße"),
        ("ñandu", "NANDU"), ("muller", "Müller"), ("walk", "a long WALK home"),
    ]

    static func matches(_ query: RecordQuery, _ record: Record) -> Bool {
        var matcher = RecordMatcher(query)
        return matcher.matches(record)
    }

    static func mightMatch(_ query: RecordQuery, _ record: Record) -> Bool {
        var matcher = RecordMatcher(query)
        return record.jsonLine.withUnsafeBufferPointer { matcher.mightMatch(line: $0) }
    }

    @Test("search ignores case and accents", arguments: 0..<cases.count)
    func folds(index: Int) {
        let (needle, text) = Self.cases[index]
        #expect(Self.matches(RecordQuery(search: needle), RecordSamples.appreciation(1, person: "Ana", text: text)))
    }

    @Test("the raw-line prefilter never rejects a line that matches", arguments: 0..<cases.count)
    func prefilterIsSafe(index: Int) {
        let (needle, text) = Self.cases[index]
        #expect(Self.mightMatch(RecordQuery(search: needle), RecordSamples.appreciation(1, person: "Ana", text: text)))
    }

    @Test("the prefilter rejects lines that cannot match")
    func prefilterRejects() {
        #expect(!Self.mightMatch(RecordQuery(search: "josé"), RecordSamples.appreciation(1, person: "Ana", text: "soup")))
    }

    @Test("search looks at the person too, not at other fields")
    func searchScope() {
        #expect(Self.matches(RecordQuery(search: "jose"), RecordSamples.appreciation(1, person: "José", text: "soup")))
        #expect(!Self.matches(RecordQuery(search: "appreciation"), RecordSamples.appreciation(1, person: "José", text: "soup")))
    }

    @Test("--to matches the whole name, ignoring case and accents")
    func personFilter() {
        #expect(Self.matches(RecordQuery(person: "jose"), RecordSamples.appreciation(1, person: "José")))
        #expect(!Self.matches(RecordQuery(person: "jose"), RecordSamples.appreciation(2, person: "Josefina")))
    }

    @Test("kind and day filters")
    func kindAndDays() {
        #expect(Self.matches(RecordQuery(kinds: [.checkIn]), RecordSamples.checkIn(1)))
        #expect(!Self.matches(RecordQuery(kinds: [.checkIn]), RecordSamples.appreciation(2)))
        let day = RecordQuery(sinceDay: "2026-11-23", untilDay: "2026-11-23")
        #expect(Self.matches(day, RecordSamples.appreciation(1)))
        #expect(!Self.matches(day, RecordSamples.appreciation(2, at: "2026-11-24T00:10:00+01:00")))
    }
}
