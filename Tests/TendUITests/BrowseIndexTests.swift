import Foundation
import Testing
import TendCore
import TendTestSupport
@testable import TendUI

@Suite("The browser's index: order, people and search folding")
struct BrowseIndexTests {
    func ids(_ index: BrowseIndex) -> [String] { index.records.map(\.id.rawValue) }

    @Test("entries are newest first")
    func newestFirst() {
        let index = BrowseIndex(records: BrowseSamples.journal)
        #expect(ids(index) == ["t-8", "t-7", "t-6", "t-5", "t-4", "t-3", "t-2", "t-1"])
    }

    @Test("entries group under the day they were written where they were, even across time zones")
    func groupedByOwnLocalDay() {
        // 23:30 on the 22nd in New York is after 00:30 on the 23rd in Paris, but belongs to the 22nd.
        let newYork = BrowseSamples.thanks(1, "Ana", "late", "2026-11-22T23:30:00-05:00")
        let paris = BrowseSamples.thanks(2, "Ana", "early", "2026-11-23T00:30:00+01:00")
        let noon = BrowseSamples.thanks(3, "Ana", "noon", "2026-11-22T12:00:00+00:00")
        let index = BrowseIndex(records: [noon, paris, newYork])
        #expect(ids(index) == ["t-2", "t-1", "t-3"])
        let list = BrowseList(index: index, filter: BrowseFilter())
        #expect(list.rows == [.heading(day: 20780), .entry(0), .heading(day: 20779), .entry(1), .entry(2)])
    }

    @Test("reminders that fired and corrections are not listed")
    func onlyContent() {
        let index = BrowseIndex(records: RecordSamples.everyKind)
        #expect(!index.records.contains { $0.kind == .promptFired || $0.kind.isCorrection })
        #expect(index.count == 8)
    }

    @Test("search ignores case and accents both ways", arguments: ["Jose", "JOSÉ", "josé", "jos"])
    func foldedSearch(query: String) {
        let index = BrowseIndex(records: BrowseSamples.journal)
        let all = (0..<Int32(index.count)).map { $0 }
        let found = index.offsets(of: all, matching: BrowseSearch.fold(query)).map { index.records[$0].id.rawValue }
        #expect(found == ["t-6", "t-2"])
    }

    @Test("search finds words in the text, and in the person of an appreciation")
    func searchFields() {
        let index = BrowseIndex(records: BrowseSamples.journal)
        let all = (0..<Int32(index.count)).map { $0 }
        #expect(index.offsets(of: all, matching: BrowseSearch.fold("soup")).map { index.records[$0].id.rawValue } == ["t-6"])
        #expect(index.offsets(of: all, matching: BrowseSearch.fold("kenji")).map { index.records[$0].id.rawValue } == ["t-4"])
        #expect(index.offsets(of: all, matching: BrowseSearch.fold("slept")).map { index.records[$0].id.rawValue } == ["t-8"])
    }

    @Test("a search never matches across the person and the text")
    func noMatchAcrossFields() {
        let index = BrowseIndex(records: [BrowseSamples.thanks(1, "Sam", "you", "2026-11-22T12:00:00+00:00")])
        #expect(index.offsets(of: [0], matching: BrowseSearch.fold("samyou")).isEmpty)
        #expect(index.offsets(of: [0], matching: BrowseSearch.fold("sam you")).isEmpty)
    }

    @Test("the highlight covers the accented letters as shown")
    func highlightRanges() {
        #expect(SearchHighlight.ranges(of: BrowseSearch.fold("jose"), in: "Dear José and JOSE") == [5..<9, 14..<18])
        #expect(SearchHighlight.ranges(of: BrowseSearch.fold("strasse"), in: "Hauptstraße 5") == [5..<11])
        #expect(SearchHighlight.ranges(of: BrowseSearch.fold("tea"), in: "谢谢 for the tea") == [11..<14])
    }

    @Test("an edit changes the entry where it stands, and what search finds")
    func editInPlace() {
        var index = BrowseIndex(records: BrowseSamples.journal)
        let edit = RecordSamples.edit(20, of: 6, set: JSONObject([.init("text", .string("Merci for the lantern"))]))
        #expect(index.apply(edit) == .edited(position: 2))
        guard case .appreciation(let a) = index.records[2].payload else { Issue.record("not an appreciation"); return }
        #expect(a.text == "Merci for the lantern")
        #expect(index.matches(2, BrowseSearch.fold("lantern")))
        #expect(!index.matches(2, BrowseSearch.fold("soup")))
    }

    @Test("a delete takes the entry out")
    func delete() {
        var index = BrowseIndex(records: BrowseSamples.journal)
        #expect(index.apply(RecordSamples.delete(20, of: 6)) == .deleted(position: 2))
        #expect(!ids(index).contains("t-6"))
        #expect(index.count == 7)
    }

    @Test("names that fold alike are one person, spelled as the newest entry spells it")
    func peopleFold() {
        let index = BrowseIndex(records: BrowseSamples.journal)
        #expect(index.person(at: 2)?.name == "José")
        #expect(index.personIDs[2] == index.personIDs[6])
    }

    @Test("the people view lists the longest quiet first, with counts")
    func peopleOrder() {
        let people = PeopleView(index: BrowseIndex(records: BrowseSamples.journal))
        #expect(people.rows.map(\.name) == ["Mum", "Ana", "Kenji 健二", "José", "Zoë"])
        #expect(people.rows.map(\.count) == [1, 1, 1, 2, 1])
    }

    @Test("on this day keeps the same date in earlier months and years, never today")
    func onThisDay() {
        let today = LocalDay(year: 2026, month: 11, day: 23) ?? LocalDay(daysSinceEpoch: 0)
        let index = BrowseIndex(records: BrowseSamples.journal)
        let filter = BrowseFilter(scope: .onThisDay(today))
        #expect(filter.positions(in: index).map { index.records[Int($0)].id.rawValue } == ["t-2", "t-1"])
    }

    @Test("on the 31st, a shorter month's last day stands in")
    func onThisDayShortMonth() {
        func day(_ y: Int, _ m: Int, _ d: Int) -> LocalDay { LocalDay(year: y, month: m, day: d) ?? LocalDay(daysSinceEpoch: 0) }
        #expect(BrowseFilter.isSameDate(day(2026, 11, 30), as: day(2026, 12, 31)))
        #expect(BrowseFilter.isSameDate(day(2026, 2, 28), as: day(2026, 12, 31)))
        #expect(!BrowseFilter.isSameDate(day(2026, 11, 29), as: day(2026, 12, 31)))
        #expect(BrowseFilter.isSameDate(day(2026, 11, 30), as: day(2026, 12, 30)))
    }

    @Test("a month can be typed several ways", arguments: [
        ("2025-03", 2025, 3), ("2025/3", 2025, 3), ("march 2025", 2025, 3), ("Mar", 2026, 3),
        ("december", 2025, 12), ("2024", 2024, 12),
    ])
    func monthJump(text: String, year: Int, month: Int) {
        let today = LocalDay(year: 2026, month: 11, day: 23) ?? LocalDay(daysSinceEpoch: 0)
        #expect(MonthJump.parse(text, today: today) == MonthJump.Month(year: year, month: month))
    }

    @Test("what is not a month is refused", arguments: ["", "soon", "2025-13", "ma"])
    func monthRefused(text: String) {
        let today = LocalDay(year: 2026, month: 11, day: 23) ?? LocalDay(daysSinceEpoch: 0)
        #expect(MonthJump.parse(text, today: today) == nil)
    }
}
