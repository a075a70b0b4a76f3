import Testing
import TendCore
import TendJournalFormat

@Suite("Insights: the people appreciated")
struct InsightsPeopleTests {
    typealias S = InsightsSamples

    @Test("this month counts each person's appreciations, most first")
    func thisMonth() {
        let records = [
            S.thanks("2026-11-02T21:00:00+01:00", to: "Ana"),
            S.thanks("2026-11-10T21:00:00+01:00", to: "Sam"),
            S.thanks("2026-11-12T21:00:00+01:00", to: "Sam"),
            S.thanks("2026-10-31T21:00:00+01:00", to: "Zoë"), // last month
        ]
        let month = HabitStats(records: records, today: S.today).people.thisMonth
        #expect(month.map(\.name) == ["Sam", "Ana"])
        #expect(month.map(\.count) == [2, 1])
    }

    @Test("names match ignoring case and spaces, shown as last written")
    func sameName() {
        let records = [S.thanks("2026-11-02T21:00:00+01:00", to: "josé"), S.thanks("2026-11-03T21:00:00+01:00", to: " José ")]
        let month = HabitStats(records: records, today: S.today).people.thisMonth
        #expect(month.map(\.name) == ["José"])
        #expect(month.map(\.count) == [2])
    }

    @Test("names that differ only by accents are one person")
    func accents() {
        let records = [S.thanks("2026-11-02T21:00:00+01:00", to: "Zoë"), S.thanks("2026-11-03T21:00:00+01:00", to: "zoe"),
                       S.thanks("2026-11-04T21:00:00+01:00", to: "Zoë"), S.thanks("2026-11-05T21:00:00+01:00", to: "josé"),
                       S.thanks("2026-11-06T21:00:00+01:00", to: "José")]
        let people = HabitStats(records: records, today: S.today).people
        #expect(people.thisMonth.map(\.name) == ["Zoë", "José"])
        #expect(people.thisMonth.map(\.count) == [3, 2])
        #expect(people.everyoneCount == 2)
    }

    @Test("names used before list each person once, in their newest spelling")
    func recentPeople() {
        let journal = RecentJournal(lines: [S.thanks("2026-11-02T21:00:00+01:00", to: "zoe"),
                                            S.thanks("2026-11-03T21:00:00+01:00", to: "Zoë"),
                                            S.thanks("2026-11-04T21:00:00+01:00", to: "Ana")])
        #expect(journal.people == ["Ana", "Zoë"])
    }

    @Test("the quietest is the one whose latest appreciation is oldest")
    func quietest() {
        let records = [
            S.thanks("2026-09-01T21:00:00+01:00", to: "Ana"),
            S.thanks("2026-11-20T21:00:00+01:00", to: "Ana"),
            S.thanks("2026-10-05T21:00:00+01:00", to: "Zoë"),
            S.thanks("2026-11-22T21:00:00+01:00", to: "Sam"),
        ]
        let quiet = HabitStats(records: records, today: S.today).people.quietest
        #expect(quiet?.name == "Zoë")
        #expect(quiet?.lastDay == S.day("2026-10-05"))
        #expect(quiet?.days == 49)
    }

    @Test("nobody appreciated yet means nobody quiet")
    func empty() {
        let people = HabitStats(records: [Record](), today: S.today).people
        #expect(people.thisMonth.isEmpty)
        #expect(people.quietest == nil)
    }
}
