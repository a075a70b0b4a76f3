import TendCore
import TendTestSupport
import Testing
@testable import TendUI

@Suite("Routes and tagged effects")
struct RouteTests {
    @Test("home's keys open screens by route, through the one factory")
    func homeOpensByRoute() {
        var app = AppHarness(root: HomeScreen())
        app.press(.character("b"))
        #expect(app.state.topRoute == .browse)
        #expect(app.state.routes == [.home, .browse])
        app.press(.character("q"))
        app.press(.character("+"))
        #expect(app.state.topRoute == .tally(.positive))
    }

    @Test("a tally saves once with its tag, and the answer to that tag closes it")
    func tallyEffectsExactly() {
        var app = AppHarness(root: HomeScreen())
        app.press(.character("-"))
        app.type("late again")
        let before = app.effects.count
        app.press(.enter)
        let tally = Payload.tally(Tally(tone: .negative, text: "late again"))
        let words = app.state.context.data.prompts.balance.saved(for: .negative)
        let effects = Array(app.effects[before...]).filter { if case .keepDraft = $0 { false } else { true } }
        #expect(effects.first == .save(tally, tag: TallyScreen.saveTag))
        #expect(app.state.topRoute == .home)
        #expect(app.state.report == Report(words))
    }

    @Test("a save answered with another tag is not taken for the tally's")
    func otherTagIgnored() {
        var screen = TallyScreen(tone: .positive)
        let context = Fixtures.context()
        for c in "tea" { _ = screen.update(.keyPressed(.character(c)), context: context) }
        #expect(screen.update(.keyPressed(.enter), context: context).count == 1)
        #expect(screen.update(.keyPressed(.enter), context: context) == [], "asked once while it is on its way")
        let record = Record(.tally(Tally(tone: .positive, text: "tea")), at: LocalTime(Fixtures.morning, in: .current))
        #expect(screen.update(.saved("repair", .success(record)), context: context) == [])
        #expect(screen.update(.saved(TallyScreen.saveTag, .success(record)), context: context).last == .pop)
    }
}
