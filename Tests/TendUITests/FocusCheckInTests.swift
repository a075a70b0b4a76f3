import Testing
import TendCore
import TendTestSupport
@testable import TendUI

/// The morning check-in while a focus runs, and making today's card the focus.
@Suite("The check-in and the week's focus")
struct FocusCheckInTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 40, height: 12)]
    let tuesday = FocusSamples.monday.adding(days: 1)

    func start(_ size: Size = Size(width: 80, height: 24), records: [Record] = [FocusSamples.focus]) -> AppHarness {
        let context = FocusSamples.context(at: FocusSamples.date(tuesday, 7, 40), records: records)
        return AppHarness(size: size, context: context) { CheckInScreen(context: $0) }
    }

    @Test("the focus is offered first, with today's card one key away", arguments: sizes)
    func offeredFirst(size: Size) {
        var app = start(size)
        app.press(.character("4"), .character("2"))
        expectSnapshot(app.snapshot, named: "focus-checkin-practice-\(size)")
        #expect(app.screen.contains(size.width >= 80 ? "Day 2 of your week: A real good morning, for Ana" : "Day 2 of your week"))
        app.press(.character("d"))
        expectSnapshot(app.snapshot, named: "focus-checkin-daily-\(size)")
        #expect(app.screen.contains("Today's practice:"))
        app.press(.character("d"))
        #expect(app.screen.contains("Day 2 of your week"))
    }

    @Test("taking the focus fills in its person and saves its card")
    func takesFocus() {
        var app = start()
        app.press(.character("4"), .character("2"), .enter)
        #expect(app.screen.contains("Ana"))
        app.press(.enter)
        #expect(app.screen.contains("A real good morning · your week's focus"))
        app.press(.enter)
        guard case .checkIn(let checkIn)? = app.saved.last?.payload else { Issue.record("no check-in"); return }
        #expect(checkIn.practice == FocusSamples.card && checkIn.person == "Ana")
        #expect(app.saved.count == 1, "no second focus")
    }

    @Test("today's card instead is today's own suggestion, and the focus goes on")
    func dailyInstead() {
        var app = start()
        app.press(.character("4"), .character("2"), .character("d"), .enter, .enter, .enter)
        guard case .checkIn(let checkIn)? = app.saved.last?.payload else { Issue.record("no check-in"); return }
        #expect(checkIn.practice != FocusSamples.card)
        #expect(checkIn.person == nil)
    }

    @Test("f makes today's card the focus for the week, saved with the check-in")
    func makesFocus() {
        var app = start(records: [])
        app.press(.character("4"), .character("2"))
        let card = app.screen
        app.press(.character("f"))
        #expect(app.screen.contains("✓ Your focus for the week as well. Day 1 is today."))
        app.press(.character("f"))
        #expect(app.screen == card)
        app.press(.character("f"), .enter)
        app.type("Zoë")
        app.press(.enter, .enter)
        let kinds = app.saved.map(\.kind)
        #expect(kinds == [.focus, .checkIn])
        guard case .focus(let focus)? = app.saved.first?.payload, case .checkIn(let checkIn)? = app.saved.last?.payload else {
            Issue.record("\(app.saved)"); return
        }
        #expect(focus.card == checkIn.practice && focus.person == "Zoë" && focus.start == tuesday)
    }

    @Test("l opens the library from the practice step")
    func library() {
        var app = start()
        app.press(.character("4"), .character("2"), .character("l"))
        #expect(app.state.topRoute == .library)
    }
}
