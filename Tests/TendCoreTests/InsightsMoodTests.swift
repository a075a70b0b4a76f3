import Testing
import TendCore

@Suite("Insights: the mood line of the last 30 days")
struct InsightsMoodTests {
    typealias S = InsightsSamples

    @Test("an empty journal has 30 days without a mood and no average")
    func empty() {
        let mood = HabitStats(records: [Record](), today: S.today).mood
        #expect(mood.daily.count == 30)
        #expect(mood.daily.allSatisfy { $0 == nil })
        #expect(mood.average == nil)
        #expect(mood.weekdayAverages.allSatisfy { $0 == nil })
    }

    @Test("two check-ins on one day average to one value")
    func oneDay() {
        let records = [S.checkIn("2026-11-23T07:00:00+01:00", mood: 2), S.checkIn("2026-11-23T12:00:00+01:00", mood: 5)]
        let mood = HabitStats(records: records, today: S.today).mood
        #expect(mood.daily.last == 3.5)
        #expect(mood.daily.dropLast().allSatisfy { $0 == nil })
        #expect(mood.checkInCount == 2)
    }

    @Test("the window is today and the 29 days before it")
    func window() {
        let records = [S.checkIn("2026-10-25T07:00:00+01:00", mood: 5), S.checkIn("2026-10-24T07:00:00+01:00", mood: 1)]
        let mood = HabitStats(records: records, today: S.today).mood
        #expect(mood.firstDay == S.day("2026-10-25"))
        #expect(mood.daily.first == 5)
        #expect(mood.average == 5)
    }

    @Test("the weekday averages follow the weekday, Monday first, over a year with gaps")
    func weekdays() {
        let mood = HabitStats(records: S.yearWithGaps, today: S.today).mood
        // November's Wednesdays are missing, but 28 October is in the window.
        #expect(mood.weekdayAverages == [1, 2, 3, 4, 5, 1, 2])
    }

    @Test("the sparkline draws 1 lowest, 5 highest and a dot for a day without a check-in")
    func sparkline() {
        #expect(Sparkline.line([1, 2, 3, nil, 4, 5], in: MoodTrend.scale) == "▁▃▅·▆█")
    }
}
