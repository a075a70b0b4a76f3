import Foundation
import Testing
import TendCore
import TendJournalFormat
import TendTestSupport
@testable import TendUI

/// Words that fit the time they are read at: no "due at 07:30" at 21:30,
/// no "this morning" at 18:00.
@Suite("Words in time")
struct TimeWordsTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 40, height: 12)]

    static func at(_ hour: Int, _ minute: Int = 0, day: Int = 23) -> ScreenContext {
        Fixtures.context(at: Fixtures.date(2026, 11, day, hour, minute))
    }

    func row(_ screen: String, _ name: String) -> String {
        screen.split(separator: "\n").first { $0.contains(name) }.map(String.init) ?? ""
    }

    @Test("at 21:30 with no check-in, home says the morning passed and there is still time, at every size",
          arguments: sizes)
    func missedMorning(size: Size) {
        let app = AppHarness(root: HomeScreen(), size: size, context: Self.at(21, 30))
        let morning = row(app.screen, "Morning check-in"), bedtime = row(app.screen, "Bedtime appreciation")
        #expect(!morning.contains("due at"), "\(morning)")
        #expect(morning.contains(size.width >= 80 ? "07:30 has passed; there is still time" : "open"), "\(morning)")
        #expect(bedtime.contains(size.width >= 80 ? "due now" : "now"), "\(bedtime)")
        expectSnapshot(app.snapshot, named: "home-evening-\(size)")
    }

    @Test("before its time a ritual is due at its time; late in the evening bedtime is still open")
    func beforeAndLate() {
        let morning = AppHarness(root: HomeScreen(), context: Self.at(7, 0)).screen
        #expect(row(morning, "Morning check-in").contains("due at 07:30"))
        #expect(row(morning, "Bedtime appreciation").contains("due at 21:30"))
        let late = AppHarness(root: HomeScreen(), context: Self.at(22, 45)).screen
        #expect(row(late, "Bedtime appreciation").contains("still time tonight"), "\(late)")
    }

    @Test("a ritual not on today's days is simply open")
    func notToday() {
        var context = Self.at(21, 30)
        context.data.config.schedule.morning.days = .weekends
        let screen = AppHarness(root: HomeScreen(), context: context).screen
        #expect(row(screen, "Morning check-in").contains("whenever you like"), "\(screen)")
    }

    @Test("the check-in asks about the part of the day it is, at every size", arguments: sizes)
    func moodQuestion(size: Size) {
        let evening = AppHarness(size: size, context: Self.at(18, 0)) { CheckInScreen(context: $0) }
        #expect(evening.screen.contains("How do you feel this evening?"), "\(evening.screen)")
        expectSnapshot(evening.snapshot, named: "checkin-1-mood-evening-\(size)")
        let afternoon = AppHarness(size: size, context: Self.at(14, 0)) { CheckInScreen(context: $0) }
        #expect(afternoon.screen.contains("How do you feel this afternoon?"))
        let night = AppHarness(size: size, context: Self.at(1, 0)) { CheckInScreen(context: $0) }
        #expect(night.screen.contains("How do you feel right now?"))
    }

    @Test("the evening summary is not called a morning")
    func eveningSummary() {
        var app = AppHarness(context: Self.at(18, 0)) { CheckInScreen(context: $0) }
        app.press(.character("3"), .character("1"), .enter, .enter)
        #expect(app.screen.contains("Your check-in:"), "\(app.screen)")
        #expect(!app.screen.contains("morning"), "\(app.screen)")
    }

    /// A context at `hour` with a check-in made today at 14:00.
    static func afternoonCheckIn(now hour: Int) -> ScreenContext {
        var context = Self.at(hour)
        context.data.journal = RecentJournal(lines: [
            Record(.checkIn(CheckIn(mood: 3, intention: .notice, practice: "reset-signal")),
                   at: LocalTime(Fixtures.date(2026, 11, 23, 14, 0), in: Fixtures.zone)),
        ])
        return context
    }

    @Test("a second check-in names when the first was made")
    func earlierCheckIn() {
        let app = AppHarness(context: Self.afternoonCheckIn(now: 18)) { CheckInScreen(context: $0) }
        #expect(app.screen.contains("You checked in this afternoon at 14:00."), "\(app.screen)")
        #expect(!app.screen.contains("this morning"), "\(app.screen)")
    }

    @Test("at bedtime the question about the practice names when it was chosen")
    func bedtimeQuestion() {
        var app = AppHarness(context: Self.afternoonCheckIn(now: 21)) { _ in ThanksScreen() }
        app.type("Zoë")
        app.press(.enter)
        app.type("You made tea when I was tired.")
        app.press(.enter)
        // Past the offer to send it: this time it stays private.
        app.press(.escape)
        #expect(app.screen.contains("This afternoon you chose: A reset signal."), "\(app.screen)")
    }
}

@Suite("The window-too-small message")
struct TooSmallWordsTests {
    func lines(_ size: Size) -> [String] {
        var canvas = Canvas(size: size)
        TooSmallView.render(into: &canvas, minimum: AppState.minimumSize)
        return canvas.text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    @Test("each sentence starts a line, and a wrapped one wraps evenly")
    func even() {
        #expect(lines(Size(width: 20, height: 5)) == ["Tend needs 40×12.", "Please enlarge", "the window."])
        #expect(lines(Size(width: 39, height: 11)) == ["Tend needs 40×12.", "Please enlarge the window."])
    }

    @Test("with too few rows for both sentences it still says the most it can")
    func fewRows() {
        #expect(lines(Size(width: 39, height: 1)) == ["Tend needs 40×12."])
        #expect(lines(Size(width: 50, height: 1)) == ["Tend needs 40×12. Please enlarge the window."])
        #expect(lines(Size(width: 30, height: 2)) == ["Tend needs 40×12.", "Please enlarge the window."])
    }
}
