import Testing
import TendCore

@Suite("Insights: the heat map of rituals per day")
struct InsightsHeatMapTests {
    typealias S = InsightsSamples

    @Test("an empty journal gives 26 empty weeks ending with today's week")
    func empty() {
        let map = HabitStats(records: [Record](), today: S.today).heatMap
        #expect(map.weeks == 26)
        #expect(map.firstDay == S.day("2026-06-01"))
        #expect(map.firstDay.weekday == .monday)
        #expect(map.activeDayCount == 0)
        #expect(map.count(on: S.today) == 0)
    }

    @Test("check-ins, completed pauses, appreciations and repairs each count once on their day")
    func whatCounts() {
        let records = [
            S.checkIn("2026-11-23T07:00:00+01:00"),
            S.pause("2026-11-23T10:00:00+01:00"),
            S.thanks("2026-11-23T22:00:00+01:00"),
            S.record("2026-11-23T12:00:00+01:00", .repair(Repair(who: "Sam", latency: .today))),
        ]
        #expect(HabitStats(records: records, today: S.today).heatMap.count(on: S.today) == 4)
    }

    @Test("cancelled pauses, tallies and prompts do not count as rituals")
    func whatDoesNotCount() {
        let records = [
            S.pause("2026-11-23T10:00:00+01:00", .notice, .cancelled),
            S.record("2026-11-23T12:00:00+01:00", .tally(Tally(tone: .positive, text: "a laugh"))),
            S.record("2026-11-23T07:00:00+01:00", .promptFired(PromptFired(prompt: "morning", day: "2026-11-23"))),
        ]
        #expect(HabitStats(records: records, today: S.today).heatMap.count(on: S.today) == 0)
    }

    @Test("days after today and before the first week are off the map")
    func bounds() {
        let records = [S.checkIn("2026-11-24T07:00:00+01:00"), S.checkIn("2026-05-31T07:00:00+01:00")]
        let map = HabitStats(records: records, today: S.today).heatMap
        #expect(map.count(on: S.day("2026-11-24")) == nil)
        #expect(map.count(on: S.day("2026-05-31")) == nil)
        #expect(map.activeDayCount == 0)
    }

    @Test("a year with gaps shows the gaps: August and November's Wednesdays are empty")
    func yearWithGaps() {
        let map = HabitStats(records: S.yearWithGaps, today: S.today).heatMap
        #expect(map.count(on: S.day("2026-08-15")) == 0)
        #expect(map.count(on: S.day("2026-11-18")) == 0)
        #expect(map.count(on: S.day("2026-11-19")) == 1)
        // 1 June to 23 November is 176 days; August's 31 and three Wednesdays are missing.
        #expect(map.activeDayCount == 142)
    }

    @Test("each record counts on its own day across a daylight-saving change")
    func daylightSaving() {
        let records = [
            S.checkIn("2026-03-29T01:30:00+01:00"), // Sunday, before the clocks go forward
            S.checkIn("2026-03-29T23:30:00+02:00"), // Sunday late: still Sunday, though 21:30 UTC
            S.checkIn("2026-03-30T00:30:00+02:00"), // Monday: 22:30 UTC on Sunday
        ]
        let map = HabitStats(records: records, today: S.day("2026-03-30")).heatMap
        #expect(map.count(on: S.day("2026-03-29")) == 2)
        #expect(map.count(on: S.day("2026-03-30")) == 1)
    }

    @Test("a narrow window keeps the latest weeks")
    func folding() {
        let map = HabitStats(records: [S.checkIn("2026-11-23T07:00:00+01:00")], today: S.today).heatMap.suffix(weeks: 12)
        #expect(map.weeks == 12)
        #expect(map.firstDay == S.day("2026-09-07"))
        #expect(map.count(on: S.today) == 1)
    }

    @Test("months are labelled at the week holding their first day")
    func monthStarts() {
        let map = HeatMap(today: S.today, weeks: 12) // from Monday 7 September
        let starts = map.monthStarts.map { "\($0.week):\($0.month)" }
        // Sep (first column), Oct 1 is in the week of 28 Sep, Nov 1 in the week of 26 Oct.
        #expect(starts == ["0:9", "3:10", "7:11"])
    }

    @Test("a month that begins after today is not labelled yet")
    func futureMonth() {
        let map = HeatMap(today: InsightsSamples.day("2026-12-28"), weeks: 2) // 21 December to 3 January
        #expect(map.monthStarts.map(\.month) == [12])
    }

    @Test("shades go from none to four or more")
    func levels() {
        #expect([0, 1, 2, 3, 4, 9].map(HeatMap.level(of:)) == [0, 1, 2, 3, 4, 4])
    }
}
