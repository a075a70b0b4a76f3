import Testing
import TendCore
import TendTestSupport
@testable import TendUI

/// The practice library: groups, search by name, "not for me", "my
/// practices", and choosing a card as the week's focus.
@Suite("The practice library")
struct LibraryScreenTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 40, height: 12)]

    func open(_ size: Size = Size(width: 80, height: 24), config: TendConfig = .defaults, records: [Record] = []) -> AppHarness {
        var app = AppHarness(root: HomeScreen(), size: size,
                             context: FocusSamples.context(at: FocusSamples.date(FocusSamples.monday, 9), records: records, config: config))
        app.press(.character("l"))
        return app
    }

    func selectedCard(_ app: AppHarness) -> Practice? {
        guard let library = app.state.top as? LibraryScreen else { return nil }
        return library.selectedCard(app.state.context)
    }

    @Test("every card under its group, my practices first, at every size", arguments: sizes)
    func groups(size: Size) {
        var config = TendConfig.defaults
        config.practices.mine = ["say-their-name"]
        config.practices.hidden = ["six-second-kiss"]
        var app = open(size, config: config)
        expectSnapshot(app.snapshot, named: "library-\(size)")
        #expect(selectedCard(app)?.id == "say-their-name")
        app.press(.tab)
        #expect(selectedCard(app)?.id == "good-morning-by-name", "Tab goes to the first card of the next group")
        app.press(.tab)
        #expect(selectedCard(app)?.group == .throughTheDay)
        app.press(.backTab)
        #expect(selectedCard(app)?.id == "good-morning-by-name")
        app.press(.up)
        #expect(selectedCard(app)?.id == "say-their-name", "headings are passed over")
        app.press(.character("G"))
        #expect(selectedCard(app)?.id == PracticeLibrary.builtIn.practices.last?.id)
    }

    @Test("with none kept yet, my practices says how one comes to be kept, in full", arguments: sizes)
    func noneKept(size: Size) {
        let app = open(size)
        #expect(app.screen.contains("My practices"))
        #expect(app.screen.contains("None yet: keep one after a week."))
    }

    @Test("/ searches by name, ignoring case and accents, at every size", arguments: sizes)
    func search(size: Size) {
        var app = open(size)
        app.press(.character("/"))
        app.type("KISS")
        expectSnapshot(app.snapshot, named: "library-search-\(size)")
        #expect(selectedCard(app)?.id == "six-second-kiss")
        app.press(.enter)
        #expect(app.screen.contains("“KISS”: 1 card"))
        app.press(.escape)
        #expect(app.screen.contains("104 cards") || app.screen.contains("cards · / searches"))
        app.press(.character("/"))
        app.type("zzz")
        #expect(app.screen.contains("No card has that in its name."))
    }

    @Test("h marks a card not for me in config.toml's hidden list, and h again takes it back")
    func notForMe() {
        var app = open()
        app.press(.tab)
        let card = selectedCard(app)?.id ?? ""
        app.press(.character("h"))
        #expect(app.practiceSettings == [.hidden(card: card, true)])
        #expect(app.state.context.data.config.practices.hidden == [card])
        #expect(app.screen.contains("not for me"))
        #expect(app.screen.contains("Marked not for me: Tend will not suggest it."))
        app.press(.character("h"))
        #expect(app.practiceSettings.last == .hidden(card: card, false))
        #expect(app.state.context.data.config.practices.hidden.isEmpty)
    }

    @Test("m makes a card one of my practices; it then heads the library, and the selection stays on it")
    func mine() {
        var app = open()
        app.press(.tab, .down)
        let card = selectedCard(app)
        app.press(.character("m"))
        #expect(app.practiceSettings == [.mine(card: card?.id ?? "", true)])
        #expect(selectedCard(app) == card)
        #expect(app.screen.contains("One of your practices now"))
        app.press(.character("g"))
        #expect(selectedCard(app) == card, "the first card is now the one kept")
    }

    @Test("Enter asks for whom, then makes the card the week's focus from today")
    func chooseFocus() {
        var app = open()
        app.press(.down, .enter)
        expectSnapshot(app.snapshot, named: "library-for-whom-80x24")
        app.type("Sam")
        app.press(.enter)
        guard case .focus(let focus)? = app.saved.last?.payload else { Issue.record("\(app.saved)"); return }
        #expect(focus == Focus(card: "leave-on-purpose", person: "Sam", start: FocusSamples.monday))
        #expect(app.state.top is HomeScreen)
        #expect(app.screen.contains("Your focus for the week: Leave on purpose, for Sam. Day 1 is today."))
    }

    @Test("choosing another card while a focus runs stops that one first")
    func replacesTheFocus() {
        var app = open(records: [FocusSamples.focus])
        #expect(app.screen.contains("this week"))
        app.press(.character("/"))
        app.type("door")
        app.press(.enter, .enter, .enter)
        #expect(app.saved.map(\.kind) == [.edit, .focus])
        guard case .edit(let stop)? = app.saved.first?.payload else { return }
        #expect(stop.target == FocusSamples.focus.id)
    }
}
