import Testing
import TendCore
import TendTestSupport
@testable import TendUI

/// The week's focus on home and behind `f`.
@Suite("The week's focus on home")
struct FocusHomeTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 40, height: 12)]
    let thursday = FocusSamples.monday.adding(days: 3)

    @Test("home shows the focus and its seven marks: done, passed, to come", arguments: sizes)
    func marks(size: Size) {
        let context = FocusSamples.context(at: FocusSamples.date(thursday, 12), records: FocusSamples.firstDays)
        let app = AppHarness(root: HomeScreen(), size: size, context: context)
        expectSnapshot(app.snapshot, named: "focus-home-\(size)")
        #expect(app.screen.contains("● ○ ● · · · ·"))
        #expect(app.screen.contains(size.width >= 80 ? "Your week · day 4 of 7" : "A real good morning"))
    }

    @Test("f opens the week: its days under their names, and the card", arguments: sizes)
    func week(size: Size) {
        let context = FocusSamples.context(at: FocusSamples.date(thursday, 12), records: FocusSamples.firstDays)
        var app = AppHarness(root: HomeScreen(), size: size, context: context)
        app.press(.character("f"))
        #expect(app.state.topRoute == .focus)
        expectSnapshot(app.snapshot, named: "focus-week-\(size)")
        #expect(app.screen.contains(size.width >= 80 ? "Day 4 of your week: A real good morning, for Ana" : "Day 4 of your week"))
        #expect(app.screen.contains(" ●   ○   ●   ·   ·   ·   ·"))
    }

    @Test("y on the week marks today as done, as bedtime would; n takes it back")
    func markToday() {
        // This morning's check-in took another card: the answer is the focus's own.
        let records = FocusSamples.firstDays + [FocusSamples.checkIn(thursday, practice: "six-second-kiss", done: nil)]
        let context = FocusSamples.context(at: FocusSamples.date(thursday, 12), records: records)
        var app = AppHarness(root: HomeScreen(), context: context)
        app.press(.character("f"))
        #expect(app.screen.contains("y it happened"))
        app.press(.character("y"))
        guard case .focusDay(let day)? = app.saved.last?.payload else { Issue.record("nothing saved"); return }
        #expect(day == FocusDay(focus: FocusSamples.focus.id, card: FocusSamples.card, day: thursday, done: true))
        #expect(app.screen.contains(" ●   ○   ●   ●   ·   ·   ·"))
        #expect(app.screen.contains("Noted: it happened today."))
        #expect(app.screen.contains("n not today"))
        // A second y writes nothing more.
        app.press(.character("y"))
        #expect(app.saved.count == 1)
        // Answers are ordered by their time, to the second: a later one comes a moment later.
        app.advance(by: 2)
        app.press(.character("n"))
        guard case .focusDay(let taken)? = app.saved.last?.payload else { Issue.record("nothing saved"); return }
        #expect(!taken.done && taken.day == thursday)
        #expect(app.screen.contains(" ●   ○   ●   ·   ·   ·   ·"))
        #expect(app.screen.contains("Taken back: today is still open."))
    }

    @Test("on a day whose check-in took the focus card, y answers that check-in, and bedtime does not ask again")
    func markTodayCheckIn() {
        let records = FocusSamples.firstDays + [FocusSamples.checkIn(thursday, done: nil)]
        let context = FocusSamples.context(at: FocusSamples.date(thursday, 12), records: records)
        var app = AppHarness(root: HomeScreen(), context: context)
        app.press(.character("f"), .character("y"))
        guard case .edit(let edit)? = app.saved.last?.payload else { Issue.record("nothing saved"); return }
        #expect(edit.target == records.last?.id && edit.set["practiceDone"] == .bool(true))
        #expect(app.screen.contains(" ●   ○   ●   ●   ·   ·   ·"))
        let evening = FocusSamples.context(at: FocusSamples.date(thursday, 21, 40), records: records + app.saved)
        #expect(BedtimeFollowUp.next(evening, skipping: []) == nil)
    }

    @Test("before the week begins, and once it is over, there is no today to mark")
    func noTodayToMark() {
        let late = Record(.focus(Focus(card: FocusSamples.card, start: FocusSamples.monday.adding(days: 1))),
                          at: FocusSamples.time(FocusSamples.monday, 22))
        let contexts = [FocusSamples.context(at: FocusSamples.date(FocusSamples.monday, 22, 30), records: [late]),
                        FocusSamples.context(at: FocusSamples.date(FocusSamples.monday.adding(days: 7), 9), records: FocusSamples.firstDays)]
        for context in contexts {
            var app = AppHarness(context: context) { FocusScreen(context: $0) }
            #expect(!app.screen.contains("it happened"))
            app.press(.character("y"), .character("n"))
            #expect(app.saved.isEmpty)
        }
    }

    @Test("with no focus, f opens the library to choose one")
    func noFocus() {
        var app = AppHarness(root: HomeScreen())
        app.press(.character("f"))
        #expect(app.state.top is LibraryScreen)
        #expect(app.screen.contains("Practice library"))
    }

    @Test("s stops the week after asking, with an edit naming the focus")
    func stop() {
        let context = FocusSamples.context(at: FocusSamples.date(thursday, 12), records: FocusSamples.firstDays)
        var app = AppHarness(root: HomeScreen(), context: context)
        app.press(.character("f"), .character("s"))
        #expect(app.screen.contains("Stop your week of A real good morning, for Ana?"))
        app.press(.character("x"))
        #expect(app.saved.isEmpty)
        app.press(.character("s"), .character("y"))
        guard case .edit(let edit)? = app.saved.last?.payload else { Issue.record("nothing saved"); return }
        #expect(edit.target == FocusSamples.focus.id)
        #expect(edit.set["stopped"] == .string("2026-11-26"))
        #expect(app.state.top is HomeScreen)
        #expect(!app.screen.contains("Your week"))
    }

    @Test("a focus chosen late in the evening shows as beginning tomorrow")
    func upcoming() {
        let late = Record(.focus(Focus(card: FocusSamples.card, start: FocusSamples.monday.adding(days: 1))),
                          at: FocusSamples.time(FocusSamples.monday, 22))
        let context = FocusSamples.context(at: FocusSamples.date(FocusSamples.monday, 22, 30), records: [late])
        var app = AppHarness(root: HomeScreen(), context: context)
        #expect(app.screen.contains("Your week of A real good morning begins tomorrow."))
        app.press(.character("f"), .character("s"))
        #expect(app.screen.contains("It has not begun yet."))
    }

    @Test("once the week is over the look back opens by itself, once; then home says where it waits")
    func lookBackOpensOnce() {
        let nextMonday = FocusSamples.monday.adding(days: 7)
        let context = FocusSamples.context(at: FocusSamples.date(nextMonday, 8), records: FocusSamples.firstDays)
        var app = AppHarness(root: HomeScreen(), context: context)
        #expect(app.state.top is ReflectionScreen)
        expectSnapshot(app.snapshot, named: "focus-reflection-opens-80x24")
        app.press(.escape)
        #expect(app.state.top is HomeScreen)
        guard case .promptFired(let offered)? = app.saved.last?.payload else { Issue.record("the offer was not kept"); return }
        #expect(offered.prompt == "reflection:focus-1")
        #expect(app.screen.contains("Your week of A real good morning, for Ana is over."))
        #expect(app.screen.contains("f looks back on it: one minute."), "\(app.screen)")
        app.resize(Size(width: 40, height: 12))
        app.press(.down)
        #expect(app.screen.contains("Your week is over: f to look back."), "\(app.screen)")
        // The next time Tend opens it waits on home, and f still reaches it.
        let again = FocusSamples.context(at: FocusSamples.date(nextMonday, 9), records: FocusSamples.firstDays + app.saved)
        var reopened = AppHarness(root: HomeScreen(), context: again)
        #expect(reopened.state.top is HomeScreen)
        reopened.press(.character("f"))
        #expect(reopened.state.top is ReflectionScreen)
    }
}
