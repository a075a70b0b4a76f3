import Testing
import TendCore
import TendTestSupport
@testable import TendUI

/// The bedtime follow-up about the week's focus, and the look back after
/// the last evening's questions.
@Suite("Bedtime and the week's focus")
struct FocusBedtimeTests {
    func bedtime(on day: LocalDay, records: [Record]) -> AppHarness {
        let context = FocusSamples.context(at: FocusSamples.date(day, 21, 35), records: records)
        var app = AppHarness(root: HomeScreen(), context: context)
        app.press(.character("t"))
        app.type("Ana")
        app.press(.enter)
        app.type("You made tea before I asked.")
        app.press(.enter)
        app.press(.escape) // keep it private
        return app
    }

    @Test("a day without a check-in asks about the focus, with the card's own question; y keeps a focus-day")
    func asksAboutTheFocus() {
        let wednesday = FocusSamples.monday.adding(days: 2)
        var app = bedtime(on: wednesday, records: [FocusSamples.focus])
        expectSnapshot(app.snapshot, named: "focus-bedtime-question-80x24")
        #expect(app.screen.contains("Day 3 of your week: A real good morning, for Ana."))
        #expect(app.screen.contains("Did you say a real good morning? How did it come back to you?"))
        app.press(.character("y"))
        guard case .focusDay(let answer)? = app.saved.last?.payload else { Issue.record("\(app.saved)"); return }
        #expect(answer == FocusDay(focus: FocusSamples.focus.id, card: FocusSamples.card, day: wednesday, done: true))
        #expect(app.screen.contains("Your week · day 3 of 7"))
        #expect(app.screen.contains("○ ○ ● · · · ·"))
    }

    @Test("a check-in that took the focus card asks once, about the check-in")
    func checkInAsksOnce() {
        let tuesday = FocusSamples.monday.adding(days: 1)
        var app = bedtime(on: tuesday, records: [FocusSamples.focus, FocusSamples.checkIn(tuesday, done: nil)])
        #expect(app.screen.contains("you chose: A real good morning."))
        app.press(.character("n"))
        guard case .edit(let edit)? = app.saved.last?.payload else { Issue.record("\(app.saved)"); return }
        #expect(edit.set["practiceDone"] == .bool(false))
        #expect(app.state.top is HomeScreen, "no second question about the same card")
    }

    @Test("another card at the check-in: the practice first, then the focus")
    func bothQuestions() {
        let tuesday = FocusSamples.monday.adding(days: 1)
        var app = bedtime(on: tuesday, records: [FocusSamples.focus, FocusSamples.checkIn(tuesday, practice: "six-second-kiss", done: nil)])
        #expect(app.screen.contains("The six-second kiss"))
        app.press(.character("y"))
        #expect(app.screen.contains("Day 2 of your week"))
        app.press(.escape)
        #expect(app.state.top is HomeScreen)
        #expect(app.saved.filter { $0.kind == .focusDay }.isEmpty, "Esc skips without an answer")
    }

    @Test("on the seventh evening the look back follows the last question")
    func seventhEvening() {
        let sunday = FocusSamples.monday.adding(days: 6)
        var app = bedtime(on: sunday, records: [FocusSamples.focus])
        app.press(.character("y"))
        #expect(app.state.top is ReflectionScreen)
        #expect(app.screen.contains("Seven days of A real good morning, for Ana."))
    }
}
