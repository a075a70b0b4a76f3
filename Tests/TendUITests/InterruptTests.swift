import Foundation
import Testing
import TendCore
import TendTestSupport
@testable import TendUI

/// Ctrl-C arrives as a key: with words on screen it asks first, as Esc does.
@Suite("Ctrl-C")
struct InterruptTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 40, height: 12)]
    static let evening = Fixtures.context(at: Fixtures.date(2026, 11, 23, 21, 40))
    static let ctrlC = Key.control("c")

    @Test("with nothing written it leaves at once, as SIGINT would")
    func leavesAtOnce() {
        var app = AppHarness(root: HomeScreen(), context: Self.evening)
        app.press(Self.ctrlC)
        #expect(app.state.exitStatus == AppState.interruptedStatus)
        #expect(!app.effects.contains { if case .leaveWord = $0 { return true } else { return false } })
    }

    @Test("with words on screen it asks; any other key stays and is typed", arguments: sizes)
    func asks(size: Size) {
        var app = AppHarness(root: HomeScreen(), size: size, context: Self.evening)
        app.press(.character("t"))
        app.type("Zoë")
        app.press(.enter)
        app.type("You sang")
        app.press(Self.ctrlC)
        #expect(app.state.exitStatus == nil)
        #expect(app.screen.contains("Leave now? Your words will wait."), "\(app.screen)")
        expectSnapshot(app.snapshot, named: "ctrl-c-asks-\(size)")
        app.type("!")
        #expect(app.state.exitStatus == nil)
        #expect(!app.screen.contains("Leave now?"))
        #expect((app.state.top as? ThanksScreen)?.sentence.text == "You sang!")
    }

    @Test("a second Ctrl-C leaves, keeps the draft and says so in the shell")
    func secondLeaves() throws {
        var app = AppHarness(root: ThanksScreen(endsApp: true), context: Self.evening)
        app.type("Zoë")
        app.press(Self.ctrlC, Self.ctrlC)
        #expect(app.state.exitStatus == AppState.interruptedStatus)
        #expect(!app.effects.contains { if case .dropDraft = $0 { return true } else { return false } })
        let words = app.effects.compactMap { if case .leaveWord(let line) = $0 { return line } else { return nil } }
        #expect(words == ["Your appreciation for Zoë is kept; Tend offers it back next time."])
    }

    @Test("over help, the words under it still count")
    func underHelp() {
        var app = AppHarness(root: HomeScreen(), context: Self.evening)
        app.press(.character("-"))
        app.type("snapped")
        app.press(.function(1))
        #expect(app.state.topRoute == .help)
        app.press(Self.ctrlC)
        #expect(app.state.exitStatus == nil)
    }

    @Test("changing an entry in browse: Ctrl-C asks, and so does Esc", arguments: sizes)
    func entryEditor(size: Size) {
        var app = AppHarness(size: size, context: Self.evening) { BrowseScreen(context: $0) }
        app.history = [RecordSamples.appreciation(1)]
        app.advance(by: 0)
        app.advance(by: 0)
        app.press(.character("e"))
        app.type(" Really.")
        app.press(Self.ctrlC)
        #expect(app.state.exitStatus == nil)
        #expect(app.screen.contains("Leave without saving?"), "\(app.screen)")
        app.press(.left)
        app.press(.escape)
        #expect(app.screen.contains("Esc again drops your change."), "\(app.screen)")
        expectSnapshot(app.snapshot, named: "browse-edit-asks-\(size)")
        app.press(.escape)
        #expect(!app.screen.contains("Change this"), "\(app.screen)")
    }
}
