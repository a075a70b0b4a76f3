import Foundation
import Testing
import TendCore
import TendScheduler

/// `[[meeting]]` in the schedule: its opener at its time, its round at its
/// close, on its days, once each, and not once the ritual is done.
@Suite("Meeting prompts")
struct MeetingPromptTests {
    let tenth = Fixtures.day("2026-06-10") // a Wednesday
    let standUp = ScheduledMeeting(number: 1, label: "stand-up", time: Fixtures.time("10:00"), close: Fixtures.time("10:15"),
                                   days: .workdays)

    var scheduler: Scheduler {
        var schedule = Fixtures.scheduler(morning: nil, bedtime: nil).schedule
        schedule.meetings = [standUp]
        return Scheduler(schedule: schedule)
    }

    func record(_ payload: Payload, at iso: String) -> Record {
        Record(payload, at: LocalTime(iso8601: iso) ?? LocalTime(secondsSince1970: 0, utcOffsetSeconds: 0))
    }

    @Test("the opener comes at the meeting's time and the round at its close, once each")
    func openerThenCloser() {
        let offered = Fixtures.run(scheduler, at: Fixtures.every(60, from: Fixtures.at("2026-06-10T09:58:00+02:00"),
                                                                  through: Fixtures.at("2026-06-10T10:20:00+02:00")),
                                   timeZone: Fixtures.berlin)
        #expect(offered.map(\.due.prompt.kind) == [.meeting(number: 1, label: "stand-up", part: .open),
                                                   .meeting(number: 1, label: "stand-up", part: .close)])
        #expect(offered.map(\.at) == [Fixtures.at("2026-06-10T10:00:00+02:00"), Fixtures.at("2026-06-10T10:15:00+02:00")])
        #expect(offered.map(\.due.firing.promptID.rawValue) == ["meeting:10:00:stand-up", "meeting-close:10:15:stand-up"])
    }

    @Test("a meeting without a close time has no round prompt, and none on its days off")
    func noCloseAndDaysOff() {
        var meeting = standUp
        meeting.close = nil
        var schedule = scheduler.schedule
        schedule.meetings = [meeting]
        #expect(schedule.prompts.map(\.id.rawValue) == ["morning", "bedtime", "meeting:10:00:stand-up"])
        let saturday = Fixtures.at("2026-06-13T10:00:00+02:00")
        #expect(Scheduler(schedule: schedule).due(at: saturday, fired: [], timeZone: Fixtures.berlin).isEmpty)
    }

    @Test("a breath together or a thank-you at the meeting settles its opener; a round settles its closer")
    func doneByLabel() {
        let schedule = scheduler.schedule
        let breath = DoneRituals.meetingFirings(in: [record(.meeting(Meeting(ritual: .breath, label: "stand-up")),
                                                            at: "2026-06-10T09:59:00+02:00")], schedule: schedule)
        #expect(breath == [Firing(promptID: .meeting(.open, at: Fixtures.time("10:00"), label: "stand-up"), day: tenth)])
        let thanks = DoneRituals.meetingFirings(in: [record(.appreciation(Appreciation(person: "Sam", text: "x", meeting: "stand-up")),
                                                            at: "2026-06-10T10:01:00+02:00")], schedule: schedule)
        #expect(thanks == breath)
        let round = DoneRituals.meetingFirings(in: [record(.meeting(Meeting(ritual: .round, label: "stand-up")),
                                                           at: "2026-06-10T10:12:00+02:00")], schedule: schedule)
        #expect(round == [Firing(promptID: .meeting(.open, at: Fixtures.time("10:00"), label: "stand-up"), day: tenth),
                          Firing(promptID: .meeting(.close, at: Fixtures.time("10:15"), label: "stand-up"), day: tenth)],
                "a round ends the meeting: its opener is settled too")
        let other = DoneRituals.meetingFirings(in: [record(.meeting(Meeting(ritual: .round, label: "retro")),
                                                           at: "2026-06-10T10:12:00+02:00")], schedule: schedule)
        #expect(other.isEmpty)
        #expect(scheduler.due(at: Fixtures.at("2026-06-10T10:15:00+02:00"), fired: breath, done: round,
                              timeZone: Fixtures.berlin).isEmpty)
    }

    @Test("a breath with the label typed another way settles the opener too")
    func labelFolds() {
        let breath = DoneRituals.meetingFirings(in: [record(.meeting(Meeting(ritual: .breath, label: " Stand-Up")),
                                                            at: "2026-06-10T09:59:00+02:00")], schedule: scheduler.schedule)
        #expect(breath == [Firing(promptID: .meeting(.open, at: Fixtures.time("10:00"), label: "stand-up"), day: tenth)])
    }

    @Test("a missed opener is offered as a catch-up until the meeting's close, then the round alone")
    func openerEndsAtClose() {
        let opener = Firing(promptID: .meeting(.open, at: Fixtures.time("10:00"), label: "stand-up"), day: tenth)
        let late = scheduler.due(at: Fixtures.at("2026-06-10T10:14:59+02:00"), fired: [], timeZone: Fixtures.berlin)
        #expect(late.map(\.firing) == [opener])
        let closing = scheduler.due(at: Fixtures.at("2026-06-10T10:15:00+02:00"), fired: [], timeZone: Fixtures.berlin)
        #expect(closing.map(\.prompt.kind) == [.meeting(number: 1, label: "stand-up", part: .close)])
        #expect(scheduler.due(at: Fixtures.at("2026-06-10T15:00:00+02:00"), fired: [], timeZone: Fixtures.berlin)
            .map(\.prompt.kind) == [.meeting(number: 1, label: "stand-up", part: .close)], "the round may still be noted")
    }

    @Test("without a close time the opener is offered for half an hour")
    func openerWithoutClose() {
        var schedule = scheduler.schedule
        schedule.meetings[0].close = nil
        let open = Scheduler(schedule: schedule)
        #expect(open.due(at: Fixtures.at("2026-06-10T10:29:00+02:00"), fired: [], timeZone: Fixtures.berlin).count == 1)
        #expect(open.due(at: Fixtures.at("2026-06-10T10:30:00+02:00"), fired: [], timeZone: Fixtures.berlin).isEmpty)
        let lateMeeting = ScheduledMeeting(number: 1, label: "late", time: Fixtures.time("23:45"))
        #expect(lateMeeting.prompts.first?.offeredUntil == Fixtures.time("23:59"), "the offer ends with the day at the latest")
    }

    @Test("an opener snoozed past the meeting's close does not come back")
    func snoozedPastClose() {
        let opener = Firing(promptID: .meeting(.open, at: Fixtures.time("10:00"), label: "stand-up"), day: tenth)
        let snooze = Snooze(firing: opener, until: Fixtures.at("2026-06-10T10:20:00+02:00"))
        let due = scheduler.due(at: Fixtures.at("2026-06-10T10:20:00+02:00"), fired: [opener], snoozes: [snooze],
                                timeZone: Fixtures.berlin)
        #expect(!due.contains { $0.firing == opener }, "\(due)")
        let early = Snooze(firing: opener, until: Fixtures.at("2026-06-10T10:10:00+02:00"))
        #expect(scheduler.due(at: Fixtures.at("2026-06-10T10:10:00+02:00"), fired: [opener], snoozes: [early],
                              timeZone: Fixtures.berlin).map(\.firing) == [opener])
    }

    @Test("a thank-you at a meeting leaves tonight's bedtime prompt to come")
    func meetingThanksIsNotBedtime() {
        let done = DoneRituals.firings(in: [record(.appreciation(Appreciation(person: "Sam", text: "x", meeting: "stand-up")),
                                                   at: "2026-06-10T10:01:00+02:00")])
        #expect(done.isEmpty)
    }

    @Test("the prompt's title and label say which end of which meeting")
    func titles() {
        let prompts = standUp.prompts
        #expect(prompts.map(\.kind.title) == ["Open the meeting", "Close the meeting"])
        #expect(prompts.map(\.label) == ["stand-up", "stand-up"])
    }
}
