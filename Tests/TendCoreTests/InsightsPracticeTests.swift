import Testing
import TendCore

@Suite("Insights: practices chosen and done")
struct InsightsPracticeTests {
    typealias S = InsightsSamples

    static let month = [
        S.checkIn("2026-11-20T07:00:00+01:00", practice: "hello", done: true),
        S.checkIn("2026-11-21T07:00:00+01:00", practice: "hello", done: true),
        S.checkIn("2026-11-22T07:00:00+01:00", practice: "breath", done: true),
        S.checkIn("2026-11-23T07:00:00+01:00", practice: "goodnight", done: false),
        S.checkIn("2026-11-19T07:00:00+01:00", practice: "breath"),
        S.checkIn("2026-10-01T07:00:00+01:00", practice: "thanks-at-work", done: true), // older than 30 days
    ]

    @Test("counts the practices chosen in the last 30 days and the bedtime answers")
    func counts() {
        let p = HabitStats(records: Self.month, today: S.today).practices
        #expect(p.chosen == 5)
        #expect(p.done == 3)
        #expect(p.notDone == 1)
        #expect(p.unanswered == 1)
    }

    @Test("the practices done most come first, with their names")
    func mostDone() {
        let most = HabitStats(records: Self.month, today: S.today).practices.mostDone(library: S.library)
        #expect(most.map(\.name) == ["Say hello properly", "One breath first"])
        #expect(most.map(\.count) == [2, 1])
    }

    @Test("the least tried group is one with cards and the fewest choices")
    func leastTried() {
        let p = HabitStats(records: Self.month, today: S.today).practices
        #expect(p.leastTriedGroup(library: S.library) == .atWork)
    }

    @Test("a practice no longer in the library shows its id")
    func unknownPractice() {
        let records = [S.checkIn("2026-11-23T07:00:00+01:00", practice: "gone-card", done: true)]
        let most = HabitStats(records: records, today: S.today).practices.mostDone(library: S.library)
        #expect(most.map(\.name) == ["gone-card"])
    }

    @Test("nothing chosen means no least tried group")
    func empty() {
        let p = HabitStats(records: [Record](), today: S.today).practices
        #expect(p.chosen == 0)
        #expect(p.leastTriedGroup(library: S.library) == nil)
        #expect(p.mostDone(library: S.library).isEmpty)
    }
}
