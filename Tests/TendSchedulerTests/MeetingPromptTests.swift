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
        #expect(round == [Firing(promptID: .meeting(.close, at: Fixtures.time("10:15"), label: "stand-up"), day: tenth)])
        let other = DoneRituals.meetingFirings(in: [record(.meeting(Meeting(ritual: .round, label: "retro")),
                                                           at: "2026-06-10T10:12:00+02:00")], schedule: schedule)
        #expect(other.isEmpty)
        #expect(scheduler.due(at: Fixtures.at("2026-06-10T10:15:00+02:00"), fired: breath, done: round,
                              timeZone: Fixtures.berlin).isEmpty)
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
