import Foundation
import Testing
import TendCore
import TendJournalFormat
import TendScheduler
import TendTestSupport
@testable import TendUI

/// Meetings from home: today's listed, the chooser, and the banner that leads into the opener or the closer.
@Suite("Meetings from home and the schedule")
struct MeetingHomeTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 40, height: 12)]

    static let standUp = ScheduledMeeting(number: 1, label: "stand-up", time: TimeOfDay(hour: 10, minute: 0)!,
                                          close: TimeOfDay(hour: 10, minute: 15)!, days: .workdays)
    static let retro = ScheduledMeeting(number: 2, label: "retro", time: TimeOfDay(hour: 16, minute: 0)!)

    /// Monday 23 November 2026 at `hour:minute`, with two meetings in the schedule and `records` in the journal.
    static func context(_ hour: Int, _ minute: Int, second: Int = 0, records: [Record] = []) -> ScreenContext {
        var context = Fixtures.context(at: Fixtures.date(2026, 11, 23, hour, minute, second))
        context.data.config.schedule.meetings = [standUp, retro]
        context.data.journal = RecentJournal(lines: records)
        context.data.fired = [Firing(promptID: .morning, day: context.today)]
        return context
    }

    static func record(_ payload: Payload, at hour: Int, _ minute: Int) -> Record {
        Record(payload, at: LocalTime(Fixtures.date(2026, 11, 23, hour, minute), in: Fixtures.zone))
    }

    @Test("home lists today's meetings, with a tick once one was opened", arguments: sizes)
    func homeLists(size: Size) {
        let opened = Self.record(.meeting(Meeting(ritual: .breath, label: "stand-up")), at: 10, 1)
        let app = AppHarness(root: HomeScreen(), size: size, context: Self.context(10, 5, records: [opened]))
        expectSnapshot(app.snapshot, named: "home-meetings-\(size)")
        if size.width == 80 { #expect(app.screen.contains("stand-up 10:00 ✓, retro 16:00"), "\(app.screen)") }
    }

    @Test("o opens the chooser: each meeting to open or close, what was done, and another meeting", arguments: sizes)
    func chooser(size: Size) {
        let opened = Self.record(.meeting(Meeting(ritual: .breath, label: "stand-up")), at: 10, 1)
        var app = AppHarness(root: HomeScreen(), size: size, context: Self.context(10, 5, records: [opened]))
        app.press(.character("o"))
        #expect(app.state.top is MeetingChooserScreen)
        expectSnapshot(app.snapshot, named: "meeting-chooser-\(size)")
    }

    @Test("the chooser starts on what is next: the round of the meeting under way")
    func chooserStartsOnTheNext() {
        let opened = Self.record(.meeting(Meeting(ritual: .breath, label: "stand-up")), at: 10, 1)
        var app = AppHarness(root: HomeScreen(), context: Self.context(10, 5, records: [opened]))
        app.press(.character("o"), .enter)
        #expect((app.state.top as? MeetingCloseScreen)?.label == "stand-up")
        app.press(.escape)
        #expect(app.state.topRoute == .home, "the chooser was replaced: Esc goes straight home")
    }

    @Test("another meeting is named on the spot, and the name goes with it")
    func anotherMeeting() {
        var app = AppHarness(root: HomeScreen(), context: Self.context(11, 0))
        app.press(.character("o"), .character("G"), .up, .enter)
        #expect(app.screen.contains("Which meeting are you opening?"))
        app.type("1:1 with Sam")
        app.press(.enter)
        #expect((app.state.top as? MeetingOpenScreen)?.label == "1:1 with Sam")
    }

    @Test("on a day without meetings the chooser says how to add one", arguments: sizes)
    func freeDay(size: Size) {
        var context = Fixtures.context()
        context.data.fired = [Firing(promptID: .morning, day: context.today)]
        var app = AppHarness(root: HomeScreen(), size: size, context: context)
        app.press(.character("o"))
        expectSnapshot(app.snapshot, named: "meeting-chooser-free-day-\(size)")
    }

    @Test("a scheduled meeting's banner leads into the opener, and its close time into the round")
    func bannerLeadsIn() {
        var app = AppHarness(root: HomeScreen(), context: Self.context(9, 59, second: 55))
        app.advance(by: 5)
        #expect(app.screen.contains("Open the meeting · stand-up · 10:00"), "\(app.screen)")
        app.press(.enter)
        #expect((app.state.top as? MeetingOpenScreen)?.label == "stand-up")
        app.press(.enter)
        app.advance(by: MeetingOpenScreen.breathSeconds)
        app.press(.escape)
        #expect(app.state.topRoute == .home)
        app.advance(by: 15 * 60)
        #expect(app.screen.contains("Close the meeting · stand-up · 10:15"), "\(app.screen)")
        app.press(.enter)
        #expect((app.state.top as? MeetingCloseScreen)?.label == "stand-up")
    }

    @Test("in a narrow window the banner says the meeting whole, in fewer words")
    func narrowBanner() {
        var app = AppHarness(root: HomeScreen(), size: Size(width: 40, height: 12), context: Self.context(9, 59, second: 55))
        app.advance(by: 5)
        #expect(app.screen.contains("◆ Open stand-up · 10:00"), "\(app.screen)")
        expectSnapshot(app.snapshot, named: "meeting-banner-40x12")
        app.press(.escape)
        app.advance(by: 15 * 60)
        #expect(app.screen.contains("◆ Close stand-up · 10:15"), "\(app.screen)")
    }

    @Test("the meeting's prompt on time goes ahead of the morning's catch-up, which comes back after it")
    func onTimeBeforeCatchUp() {
        var context = Self.context(9, 59, second: 55)
        context.data.fired = []
        var app = AppHarness(root: HomeScreen(), context: context)
        app.advance(by: 1)
        #expect(app.screen.contains("Still time: Morning check-in (07:30)"), "\(app.screen)")
        app.advance(by: 5)
        #expect(app.screen.contains("Open the meeting · stand-up · 10:00"), "\(app.screen)")
        app.press(.escape)
        #expect(app.screen.contains("Still time: Morning check-in (07:30)"), "\(app.screen)")
    }

    @Test("an opener left waiting gives way to the round at the close time")
    func openerGivesWay() {
        var app = AppHarness(root: HomeScreen(), context: Self.context(10, 14, second: 55))
        app.advance(by: 1)
        #expect(app.screen.contains("Still time: Open the meeting · stand-up (10:00)"), "\(app.screen)")
        app.advance(by: 5)
        #expect(!app.screen.contains("Open the meeting"), "\(app.screen)")
        #expect(app.screen.contains("Close the meeting · stand-up · 10:15"), "\(app.screen)")
    }

    @Test("a meeting opened before its time is not prompted again")
    func openedEarly() {
        let opened = Self.record(.meeting(Meeting(ritual: .breath, label: "stand-up")), at: 9, 58)
        var app = AppHarness(root: HomeScreen(), context: Self.context(9, 59, second: 55, records: [opened]))
        app.advance(by: 5)
        #expect(!app.screen.contains("Open the meeting"), "\(app.screen)")
    }
}
