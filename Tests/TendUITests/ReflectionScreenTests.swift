import Testing
import TendCore
import TendTestSupport
@testable import TendUI

/// The look back at the end of a focus week.
@Suite("The week's look back")
struct ReflectionScreenTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 40, height: 12)]
    let nextMonday = FocusSamples.monday.adding(days: 7)

    func open(_ size: Size = Size(width: 80, height: 24), config: TendConfig = .defaults, records: [Record] = FocusSamples.firstDays)
        -> AppHarness {
        let context = FocusSamples.context(at: FocusSamples.date(nextMonday, 8), records: records, config: config)
        return AppHarness(root: HomeScreen(), size: size, context: context)
    }

    @Test("every step, at every size", arguments: sizes)
    func steps(size: Size) {
        var app = open(size)
        expectSnapshot(app.snapshot, named: "reflection-1-felt-\(size)")
        app.press(.character("4"))
        expectSnapshot(app.snapshot, named: "reflection-2-response-\(size)")
        app.type("She smiled and said it back")
        app.press(.enter)
        expectSnapshot(app.snapshot, named: "reflection-3-noticed-\(size)")
        app.type("I slow down at the door")
        app.press(.enter)
        expectSnapshot(app.snapshot, named: "reflection-4-choice-\(size)")
        app.press(.character("2"))
        expectSnapshot(app.snapshot, named: "reflection-5-next-\(size)")
    }

    @Test("keeping it saves the look back, makes it one of my practices, and suggests the next step")
    func keep() throws {
        var app = open()
        app.press(.right, .enter)   // felt 4
        app.type("She smiled and said it back")
        app.press(.enter, .enter)   // nothing noticed
        app.press(.right, .enter)   // keep it as one of my practices
        guard case .reflection(let reflection)? = app.saved.last?.payload else { Issue.record("\(app.saved)"); return }
        #expect(reflection == Reflection(focus: FocusSamples.focus.id, card: FocusSamples.card, person: "Ana", felt: 4,
                                         response: "She smiled and said it back", noticed: nil, choice: .keep))
        #expect(app.practiceSettings == [.mine(card: FocusSamples.card, true)])
        #expect(app.screen.contains("Kept. It will come back in your mornings more often."))
        #expect(app.screen.contains("Leave on purpose"), "the next step of its progression")
        app.press(.enter)
        guard case .focus(let next)? = app.saved.last?.payload else { Issue.record("\(app.saved)"); return }
        #expect(next == Focus(card: "leave-on-purpose", person: "Ana", start: nextMonday))
        #expect(app.state.top is HomeScreen)
        #expect(app.screen.contains("Your week · day 1 of 7"))
    }

    @Test("another week starts the same card again; letting it go suggests without taking")
    func anotherWeekAndLetGo() {
        var app = open()
        app.press(.character("3"), .enter, .enter, .character("1"))
        guard case .focus(let again)? = app.saved.last?.payload else { Issue.record("\(app.saved)"); return }
        #expect(again == Focus(card: FocusSamples.card, person: "Ana", start: nextMonday))
        #expect(app.state.top is HomeScreen)
        var other = open()
        other.press(.character("2"), .enter, .enter, .character("3"))
        #expect(other.practiceSettings.isEmpty)
        #expect(other.screen.contains("Let go. A week of it still counts."))
        other.press(.escape)
        #expect(other.saved.map(\.kind) == [.reflection])
        #expect(other.state.top is HomeScreen)
        #expect(!other.screen.contains("Your week"))
    }

    @Test("the suggestion is never a card marked not for me, kept, or practised lately")
    func suggestionRespectsSettings() {
        var config = TendConfig.defaults
        config.practices.hidden = ["leave-on-purpose"]
        config.practices.mine = ["get-up-to-greet"]
        let lately = FocusSamples.checkIn(FocusSamples.monday.adding(days: 4), practice: "ten-minutes-of-hello", done: true)
        var app = open(config: config, records: FocusSamples.firstDays + [lately])
        app.press(.character("3"), .enter, .enter, .character("3"))
        #expect(app.screen.contains("Goodnight, properly"), "\(app.screen)")
    }

    @Test("Esc with words asks first; the words are kept as a draft")
    func draft() throws {
        var app = open()
        app.press(.character("4"))
        app.type("She laughed")
        let draft = try #require(app.state.top.draft)
        #expect(draft.kind == .reflection && draft["response"] == "She laughed" && draft["focus"] == "focus-1")
        app.press(.escape)          // back to the scale
        app.press(.escape)          // asks
        #expect(app.state.top is ReflectionScreen)
        #expect(app.screen.contains("Leave without saving?"))
        app.press(.escape)
        #expect(app.state.top is HomeScreen)
        let resumed = ScreenFactory.make(.resume(draft, endsApp: false), context: app.state.context)
        #expect((resumed as? ReflectionScreen)?.step == .response)
    }
}
