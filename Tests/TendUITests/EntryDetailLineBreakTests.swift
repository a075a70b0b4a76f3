import Testing
import TendCore
import TendTestSupport
@testable import TendUI

/// Browse's detail keeps the line breaks an entry was written with
/// (imported notes, long letters), each line wrapped on its own.
@Suite("Browse: line breaks in an entry")
struct EntryDetailLineBreakTests {
    @Test("paragraphs stay apart, a blank line stays blank, long lines still wrap")
    func paragraphs() {
        #expect(EntryDetailView.paragraphs("Ana cooked,\nwe talked till late.\n\nThen rain.", width: 40, limit: 10)
                == ["Ana cooked,", "we talked till late.", "", "Then rain."])
        #expect(EntryDetailView.paragraphs("one two three\nfour", width: 8, limit: 10) == ["one two", "three", "four"])
        #expect(EntryDetailView.paragraphs("a\nb\nc\nd", width: 8, limit: 2) == ["a", "b"])
        #expect(EntryDetailView.paragraphs("x\r\ny", width: 8, limit: 5) == ["x", "y"])
    }
}
