import Testing
import TendCore
import TendTestSupport
@testable import TendUI

/// The weekly look-back, from home's banner or `tend review`.
@Suite("The weekly look-back")
struct ReviewScreenTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 40, height: 12)]
    let sunday = FocusSamples.monday.adding(days: 6)

    var week: [Record] {
        FocusSamples.firstDays + [
            FocusSamples.appreciation(FocusSamples.monday, "Ana", "You kept the soup warm for me."),
            FocusSamples.appreciation(FocusSamples.monday.adding(days: 3), "José",
                                      "You stayed after the meeting to help me set up the demo, and it went well."),
            FocusSamples.appreciation(FocusSamples.monday.adding(days: 5), "Zoë", "You laughed at my terrible joke."),
            FocusSamples.appreciation(FocusSamples.monday.adding(days: -1), "Sam", "Last week's, not read back."),
            Record(.tally(Tally(tone: .negative, text: "snapped about the dishes")), at: FocusSamples.time(sunday, 9)),
        ]
    }

    func open(_ size: Size = Size(width: 80, height: 24)) -> AppHarness {
        let context = FocusSamples.context(at: FocusSamples.date(sunday, 19), records: week)
        return AppHarness(size: size, context: context) { ReviewScreen(context: $0) }
    }

    @Test("the week read back, what went well, what to talk about, at every size", arguments: sizes)
    func steps(size: Size) {
        var app = open(size)
        expectSnapshot(app.snapshot, named: "review-1-week-\(size)")
        app.press(.enter)
        expectSnapshot(app.snapshot, named: "review-2-went-well-\(size)")
        app.type("Two slow breakfasts")
        app.press(.enter)
        expectSnapshot(app.snapshot, named: "review-3-talk-about-\(size)")
    }

    @Test("the week is the last seven days: its appreciations, its focus with marks, its balance")
    func readBack() {
        let app = open()
        #expect(app.screen.contains("Your week, Mon 23 Nov to Sun 29 Nov."))
        #expect(app.screen.contains("Mon  Ana: You kept the soup warm for me."))
        #expect(app.screen.contains("Sat  Zoë: You laughed at my terrible joke."))
        #expect(!app.screen.contains("Sam"))
        #expect(app.screen.contains("Focus: A real good morning, for Ana"))
        #expect(app.screen.contains("● ○ ● ○ ○ ○ ·"))
        #expect(app.screen.contains("Balance: 6 good, 1 hard."))
    }

    @Test("a new focus begun on the last evening does not hide the one the week was about")
    func focusOfTheWeek() {
        let next = Record(.focus(Focus(card: "leave-on-purpose", person: "Ana", start: sunday)), at: FocusSamples.time(sunday, 18))
        let context = FocusSamples.context(at: FocusSamples.date(sunday, 19), records: week + [next])
        let app = AppHarness(context: context) { ReviewScreen(context: $0) }
        #expect(app.screen.contains("Focus: A real good morning, for Ana"))
        #expect(app.screen.contains("● ○ ● ○ ○ ○ ·"))
        #expect(!app.screen.contains("Leave on purpose"))
    }

    @Test("what went well is asked for; the last line is optional; the review is saved")
    func saves() {
        var app = open()
        app.press(.enter, .enter)
        #expect(app.screen.contains("One line. Small things count."))
        #expect(app.saved.isEmpty)
        app.type("Two slow breakfasts")
        app.press(.enter, .enter)
        guard case .review(let review)? = app.saved.last?.payload else { Issue.record("\(app.saved)"); return }
        #expect(review == Review(from: FocusSamples.monday, to: sunday, wentWell: "Two slow breakfasts"))
        #expect(app.state.exitStatus == 0, "a root screen that closes ends the app")
    }

    @Test("the banner of a scheduled review opens it")
    func banner() {
        var config = TendConfig.defaults
        config.schedule.review = Schedule.defaultReview
        config.schedule.morning.days = .never
        let context = FocusSamples.context(at: FocusSamples.date(sunday, 19, 0), records: [], config: config)
        var app = AppHarness(root: HomeScreen(), context: context)
        app.advance(by: 30)
        #expect(app.screen.contains("◆ Weekly look-back · 19:00"), "\(app.screen)")
        app.press(.enter)
        #expect(app.state.topRoute == .review())
        #expect(app.state.top is ReviewScreen)
    }

    @Test("a long week scrolls with j and k")
    func scrolls() {
        let many = (0..<30).map { FocusSamples.appreciation(FocusSamples.monday.adding(days: $0 % 7), "Ana", "Thank you, number \($0).") }
        let context = FocusSamples.context(at: FocusSamples.date(sunday, 19), records: many)
        var app = AppHarness(size: Size(width: 40, height: 12), context: context) { ReviewScreen(context: $0) }
        let top = app.screen
        app.press(.character("j"))
        #expect(app.screen != top)
        app.press(.character("k"))
        #expect(app.screen == top)
    }
}
