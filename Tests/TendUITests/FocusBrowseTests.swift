import Testing
import TendCore
import TendJournalFormat
import TendTestSupport
@testable import TendUI

/// Browse shows a week's focus, its look back and the weekly review with
/// cards by name and labelled rows.
@Suite("Browse: focus, look back and review")
struct FocusBrowseTests {
    let data = AppData()

    @Test("they are listed under their own labels; a focus day is not")
    func listed() {
        let kinds = RecordSamples.focusKinds.filter(EntryText.isListed).map(\.kind)
        #expect(kinds == [.focus, .focus, .reflection, .reflection, .review, .review])
        #expect(RecordSamples.focusKinds.map(EntryText.label) == ["focus", "focus", "focus", "focus", "reflect", "reflect", "review", "review"])
    }

    @Test("in full: the card by name, for whom, how it felt, what came of it")
    func rows() {
        let records = RecordSamples.focusKinds
        let focus = EntryDetailView.rows(of: records[1], data: data)
        #expect(focus.map(\.0) == ["Practice", "Week", "Stopped"])
        #expect(focus.map(\.1) == ["Leave on purpose", "Tue 24 Nov to Mon 30 Nov", "Thu 26 Nov"])
        let look = EntryDetailView.rows(of: records[4], data: data)
        #expect(look.map(\.0) == ["Practice", "For", "Felt", "They", "Noticed", "Then"])
        #expect(look[2].1 == "4 of 5 · easy" && look[5].1 == "Keep it as one of my practices")
        let review = EntryDetailView.rows(of: records[6], data: data)
        #expect(review.map(\.0) == ["Week", "Went well", "To talk about"])
    }

    @Test("the words of a look back and a review can be changed, as edits")
    func editable() {
        #expect(EntryEditor(record: RecordSamples.focusKinds[4])?.fields.map(\.label) == ["They", "Noticed"])
        #expect(EntryEditor(record: RecordSamples.focusKinds[6])?.fields.map(\.label) == ["Went well", "To talk about"])
        #expect(EntryEditor(record: RecordSamples.focusKinds[0]) == nil)
    }
}
