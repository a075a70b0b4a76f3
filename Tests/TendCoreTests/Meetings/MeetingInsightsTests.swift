import Testing
import TendCore

/// Meetings in the week's numbers and in one day's list.
@Suite("Meetings: the week and the day")
struct MeetingInsightsTests {
    typealias S = InsightsSamples

    static func meeting(_ iso: String, _ ritual: Meeting.Ritual, _ label: String?) -> Record {
        S.record(iso, .meeting(Meeting(ritual: ritual, label: label, useful: ritual == .round ? "the demo" : nil)))
    }

    static func meetingThanks(_ iso: String, _ label: String, to person: String = "Sam") -> Record {
        S.record(iso, .appreciation(Appreciation(person: person, text: "Your notes helped.", meeting: label)))
    }

    @Test("this week's meetings are counted once a day by label, with how they opened and closed")
    func weekCounts() {
        let records = [
            Self.meeting("2026-11-23T10:00:00+01:00", .breath, "stand-up"),
            Self.meeting("2026-11-23T10:15:00+01:00", .round, "stand-up"),
            Self.meetingThanks("2026-11-24T10:01:00+01:00", "stand-up"),
            Self.meeting("2026-11-24T16:40:00+01:00", .round, "retro"),
            Self.meeting("2026-11-16T10:00:00+01:00", .breath, "stand-up"), // last week
        ]
        let stats = HabitStats(records: records, today: S.day("2026-11-24"))
        let m = stats.meetings
        #expect(m.meetings == 3 && m.breaths == 1 && m.appreciations == 1 && m.rounds == 2 && m.opened == 2)
        #expect(m.allTime == 5)
        #expect(m.labels.map(\.label) == ["stand-up", "retro"] && m.labels.map(\.count) == [2, 1])
        #expect(stats.appreciationsThisWeek == 1)
    }

    @Test("a meeting ritual counts toward the day on the heat map and the streak")
    func countsAsRitual() {
        let stats = HabitStats(records: [Self.meeting("2026-11-23T10:00:00+01:00", .breath, nil)], today: S.today)
        #expect(stats.heatMap.count(on: S.today) == 1)
        #expect(stats.streak == 1)
    }

    @Test("a day's meetings: the schedule's in time order, then others held, each with its records")
    func day() {
        let schedule = Schedule(
            morning: TendConfig.defaults.schedule.morning, bedtime: TendConfig.defaults.schedule.bedtime,
            meetings: [ScheduledMeeting(number: 1, label: "retro", time: TimeOfDay(hour: 16, minute: 0)!),
                       ScheduledMeeting(number: 2, label: "stand-up", time: TimeOfDay(hour: 10, minute: 0)!,
                                        close: TimeOfDay(hour: 10, minute: 15)!, days: .workdays),
                       ScheduledMeeting(number: 3, label: "weekend plan", time: TimeOfDay(hour: 9, minute: 0)!, days: .weekends)])
        let records = [
            Self.meeting("2026-11-23T09:58:00+01:00", .breath, "stand-up"),
            Self.meeting("2026-11-23T10:14:00+01:00", .round, "stand-up"),
            Self.meetingThanks("2026-11-23T11:30:00+01:00", "1:1 with Sam"),
            Self.meeting("2026-11-22T10:00:00+01:00", .round, "stand-up"), // another day
            S.thanks("2026-11-23T21:00:00+01:00"), // tonight's, not a meeting's
        ]
        let day = MeetingDay(day: S.today, schedule: schedule, records: records)
        #expect(day.meetings.map(\.label) == ["stand-up", "retro", "1:1 with Sam"])
        #expect(day.meetings.map { $0.scheduled?.number } == [2, 1, nil])
        #expect(day.meetings[0].isOpened && day.meetings[0].isClosed && day.meetings[0].latestRound?.useful == "the demo")
        #expect(!day.meetings[1].isOpened && day.meetings[1].records.isEmpty)
        #expect(day.meetings[2].thanks.count == 1 && day.meetings[2].isOpened && !day.meetings[2].isClosed)
    }

    @Test("a label typed another way (\"Stand-up \") is the same meeting, in the day and in the week")
    func labelsFold() {
        let schedule = Schedule(morning: TendConfig.defaults.schedule.morning, bedtime: TendConfig.defaults.schedule.bedtime,
                                meetings: [ScheduledMeeting(number: 1, label: "stand-up", time: TimeOfDay(hour: 10, minute: 0)!)])
        let records = [Self.meeting("2026-11-23T10:00:00+01:00", .breath, "Stand-up "),
                       Self.meeting("2026-11-23T10:15:00+01:00", .round, "stand-up")]
        let day = MeetingDay(day: S.today, schedule: schedule, records: records)
        #expect(day.meetings.count == 1 && day.meetings[0].isOpened && day.meetings[0].isClosed)
        let week = HabitStats(records: records, today: S.today).meetings
        #expect(week.meetings == 1 && week.labels.map(\.label) == ["Stand-up"] && week.labels.map(\.count) == [1])
    }
}
