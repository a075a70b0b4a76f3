import Testing
import TendCore
import TendJournalFormat
import TendTestSupport
@testable import TendUI

@Suite("The balance on home, and noting a moment with + and -")
struct BalanceScreenTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 40, height: 12)]

    @Test("+ and - note moments; home shows the week's balance at every size", arguments: sizes)
    func noteMoments(size: Size) {
        var app = AppHarness(root: HomeScreen(), size: size)
        app.press(.character("+"))
        expectSnapshot(app.snapshot, named: "tally-good-\(size)")
        app.type("laughed at breakfast")
        app.press(.tab)
        app.type("Sam")
        app.press(.enter)
        app.press(.character("+"))
        app.type("a long walk")
        app.press(.enter)
        app.press(.character("-"))
        app.type("snapped about the dishes")
        expectSnapshot(app.snapshot, named: "tally-hard-\(size)")
        app.press(.enter)
        app.press(.character("j"))  // clears the note
        expectSnapshot(app.snapshot, named: "home-balance-\(size)")
        #expect(app.screen.contains(size.width >= 80 ? "This week  2 good : 1 hard" : "This week 2 : 1"))
    }

    @Test("a moment is saved with its tone, its words and who it was with")
    func saves() {
        var app = AppHarness(root: HomeScreen())
        app.press(.character("-"))
        app.type("cold reply 🙄")
        app.press(.tab)
        app.type("Zoë")
        app.press(.enter)
        guard case .tally(let tally)? = app.saved.last?.payload else { Issue.record("nothing saved"); return }
        #expect(tally == Tally(tone: .negative, text: "cold reply 🙄", person: "Zoë"))
        #expect(app.state.topRoute == .home)
        #expect(app.screen.contains(PromptLibrary.builtIn.balance.hardSaved))
    }

    @Test("an empty moment is not saved, and Esc asks before dropping words")
    func emptyAndLeaving() {
        var app = AppHarness(root: HomeScreen())
        app.press(.character("+"), .enter)
        #expect(app.saved.isEmpty)
        #expect(app.screen.contains("A few words are enough."))
        app.type("q?")
        app.press(.escape)
        #expect(app.state.top is TallyScreen)
        app.press(.escape)
        #expect(app.state.topRoute == .home)
        #expect(app.saved.isEmpty)
    }

    @Test("an empty week says how to note a moment; repairs show beside the counts")
    func emptyAndRepairs() {
        var app = AppHarness(root: HomeScreen())
        #expect(app.screen.contains(PromptLibrary.builtIn.balance.empty))
        var context = Fixtures.context()
        let time = LocalTime(Fixtures.morning, in: Fixtures.zone)
        context.data.journal = RecentJournal(lines: [
            Record(.repair(Repair(who: "Sam", latency: .justNow)), at: time),
            Record(.tally(Tally(tone: .positive, text: "a hug")), at: time),
        ])
        app = AppHarness(root: HomeScreen(), context: context)
        #expect(app.screen.contains("This week  1 good : 0 hard  ·  1 repair"))
        #expect(app.screen.contains("1 this week"))
    }
}
