import Testing
import TendCore
import TendJournalFormat

@Suite("Insights: this week against last, the streak and the pauses")
struct InsightsWeekTests {
    typealias S = InsightsSamples

    @Test("appreciations count by Monday-to-Sunday week")
    func appreciationsByWeek() {
        let records = [
            S.thanks("2026-11-23T21:00:00+01:00"), // Monday, this week
            S.thanks("2026-11-22T21:00:00+01:00"), // Sunday, last week
            S.thanks("2026-11-16T08:00:00+01:00"), // Monday, last week
            S.thanks("2026-11-15T21:00:00+01:00"), // the week before: neither
        ]
        let stats = HabitStats(records: records, today: S.today)
        #expect(stats.appreciationsThisWeek == 1)
        #expect(stats.appreciationsLastWeek == 2)
    }

    @Test("in a daylight-saving week a Monday just after midnight belongs to the new week")
    func daylightSavingWeek() {
        let records = [
            S.thanks("2026-03-23T08:00:00+01:00"), // Monday of the DST week
            S.thanks("2026-03-29T01:30:00+01:00"), // Sunday, before the change
            S.thanks("2026-03-29T23:30:00+02:00"), // Sunday, after it
            S.thanks("2026-03-30T00:30:00+02:00"), // Monday: still Sunday in UTC
        ]
        let stats = HabitStats(records: records, today: S.day("2026-03-30"))
        #expect(stats.appreciationsLastWeek == 3)
        #expect(stats.appreciationsThisWeek == 1)
    }

    @Test("the streak forgives one miss a week over a year with gaps")
    func streakWithGaps() {
        // 1 September to 23 November with November's three Wednesdays
        // missing; August ends it.
        #expect(HabitStats(records: S.yearWithGaps, today: S.today).streak == 81)
    }

    @Test("the streak matches the rituals' own days, as home counts them")
    func streakMatchesHome() {
        let records = S.yearWithGaps
        #expect(HabitStats(records: records, today: S.today).streak == RecentJournal(lines: records).streak(on: S.today))
    }

    @Test("pauses of this week: how many, how they ended, the intention chosen most")
    func pauses() {
        let records = [
            S.pause("2026-11-23T09:00:00+01:00", .listen),
            S.pause("2026-11-23T11:00:00+01:00", .listen, .cancelled),
            S.pause("2026-11-23T14:00:00+01:00", .notice),
            S.pause("2026-11-22T09:00:00+01:00", .encourage), // last week
        ]
        let pauses = HabitStats(records: records, today: S.today).pauses
        #expect(pauses.count == 3)
        #expect(pauses.completed == 2)
        #expect(pauses.cancelled == 1)
        #expect(pauses.mostChosenIntention == .listen)
    }

    @Test("a tie between intentions goes to the first of notice, listen, encourage")
    func intentionTie() {
        let records = [S.pause("2026-11-23T09:00:00+01:00", .encourage), S.pause("2026-11-23T10:00:00+01:00", .listen)]
        #expect(HabitStats(records: records, today: S.today).pauses.mostChosenIntention == .listen)
    }

    @Test("an empty journal: no streak, no pauses, nothing this week or last")
    func empty() {
        let stats = HabitStats(records: [Record](), today: S.today)
        #expect(stats.streak == 0)
        #expect(stats.pauses.count == 0)
        #expect(stats.pauses.mostChosenIntention == nil)
        #expect(stats.appreciationsThisWeek == 0 && stats.appreciationsLastWeek == 0)
        #expect(stats.recordCount == 0)
    }

    @Test("one day of everything: each number is one")
    func oneDay() {
        let records = [
            S.checkIn("2026-11-23T07:00:00+01:00", mood: 4, practice: "hello", done: true),
            S.pause("2026-11-23T10:00:00+01:00", .encourage),
            S.thanks("2026-11-23T21:30:00+01:00", to: "Ana"),
        ]
        let stats = HabitStats(records: records, today: S.today)
        #expect(stats.heatMap.count(on: S.today) == 3)
        #expect(stats.streak == 1)
        #expect(stats.mood.weekdayAverages.first == 4)
        #expect(stats.practices.done == 1)
        #expect(stats.people.thisMonth.map(\.count) == [1])
        #expect(stats.people.quietest?.days == 0)
        #expect(stats.appreciationsThisWeek == 1)
        #expect(stats.pauses.mostChosenIntention == .encourage)
    }
}
