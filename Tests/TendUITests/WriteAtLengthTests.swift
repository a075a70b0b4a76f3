import Foundation
import Testing
import TendCore
import TendTestSupport
@testable import TendUI

/// Ctrl-X Ctrl-E, as in bash and zsh: the words go to the user's editor
/// through an effect, and come back as an event with their line breaks.
@Suite("Writing at length in the editor")
struct WriteAtLengthTests {
    static let evening = Fixtures.context(at: Fixtures.date(2026, 11, 23, 21, 30))

    static func bedtime(editor: ((String) -> EditResult)? = nil) -> AppHarness {
        var app = AppHarness(root: ThanksScreen(), context: evening)
        app.editor = editor
        app.type("Ana")
        app.press(.enter)
        app.type("You stayed")
        return app
    }

    @Test("Ctrl-X Ctrl-E in the sentence asks for the editor on the words typed so far")
    func asks() {
        var app = Self.bedtime()
        app.press(.control("x"), .control("e"))
        #expect(app.effects.last == .editText(EditRequest(field: "sentence", text: "You stayed")))
    }

    @Test("Ctrl-X and then another key does what that key does")
    func notAChord() {
        var app = Self.bedtime()
        app.press(.control("x"), .character("!"), .control("e"))
        #expect(!app.effects.contains { if case .editText = $0 { return true }; return false })
        #expect(app.screen.contains("You stayed!"))
    }

    @Test("the editor's words replace the sentence, line break kept, and are saved with it")
    func takesWords() {
        var app = Self.bedtime { .success("\($0) up with me.\nAll evening.") }
        app.press(.control("x"), .control("e"))
        #expect(app.screen.contains("You stayed up with me.↵All evening."))
        app.press(.enter)
        guard case .appreciation(let a)? = app.saved.last?.payload else { Issue.record("not saved"); return }
        #expect(a.text == "You stayed up with me.\nAll evening.")
    }

    @Test("an editor that fails keeps the words typed before and says why, calmly")
    func failureKeepsWords() {
        var app = Self.bedtime { _ in .failure(EditFailure("nano closed with status 1, so your words are as they were.")) }
        app.press(.control("x"), .control("e"))
        #expect(app.screen.contains("You stayed"))
        #expect(app.screen.contains("nano closed with status 1"))
        #expect((app.state.top as? ThanksScreen)?.sentence.text == "You stayed")
    }

    @Test("more words than the field holds leave the sentence as it was")
    func tooLong() {
        var app = Self.bedtime { _ in .success(String(repeating: "a", count: 4001)) }
        app.press(.control("x"), .control("e"))
        #expect((app.state.top as? ThanksScreen)?.sentence.text == "You stayed")
        #expect(app.screen.contains("more than 4000 characters"))
    }

    @Test("a name is no place for an editor")
    func notForNames() {
        var app = AppHarness(root: ThanksScreen(), context: Self.evening)
        app.type("Ana")
        app.press(.control("x"), .control("e"))
        #expect(!app.effects.contains { if case .editText = $0 { return true }; return false })
    }

    @Test("the chord is in the bedtime screen's ? help")
    func inHelp() {
        let app = Self.bedtime()
        #expect(app.state.top.keyHelp.all.contains(LineEditor.editorKeyHelp))
    }

    @Test("in browse, the words of an entry being edited go to the editor and come back")
    func browse() {
        var app = AppHarness(size: Size(width: 80, height: 24)) { BrowseScreen(context: $0) }
        app.history = BrowseSamples.journal
        app.editor = { .success("\($0)\nand the bread too.") }
        app.advance(by: 0)
        app.advance(by: 0)
        app.press(.character("j"), .character("j"), .character("e"))
        #expect(app.state.top.keyHelp.all.contains(LineEditor.editorKeyHelp))
        app.press(.control("x"), .control("e"))
        app.press(.enter)
        guard case .edit(let edit)? = app.saved.last?.payload else { Issue.record("no edit saved"); return }
        #expect(edit.set.members == [.init("text", .string("You kept the soup warm for me and waited up 🍲\nand the bread too."))])
    }

    @Test("in browse, a name field does not open the editor")
    func browseName() {
        var app = AppHarness(size: Size(width: 80, height: 24)) { BrowseScreen(context: $0) }
        app.history = BrowseSamples.journal
        app.editor = { _ in .success("Someone else") }
        app.advance(by: 0)
        app.advance(by: 0)
        app.press(.character("j"), .character("j"), .character("e"), .backTab)
        #expect(!app.state.top.keyHelp.all.contains(LineEditor.editorKeyHelp))
        app.press(.control("x"), .control("e"))
        #expect(!app.effects.contains { if case .editText = $0 { return true }; return false })
    }

    @Test("the run loop hands the terminal over while the editor runs, and feeds back its answer")
    func programHandsOver() {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        let state = AppState(root: ThanksScreen(), context: Self.evening, size: terminal.size)
        terminal.enqueue(keys: Array("Ana".map(Key.character)) + [.enter, .character("H"), .control("x"), .control("e")])
        var handedOverWhileEditing = false
        let program = Program(state: state, terminal: terminal, clock: ManualClock(Self.evening.now)) { effect in
            guard case .editText(let request) = effect else { return [] }
            handedOverWhileEditing = terminal.handOvers == 1
            return [.textEdited(request, .success("Hi\nthere"))]
        }
        _ = program.run()
        #expect(handedOverWhileEditing)
        #expect(terminal.handOvers == 1)
        #expect(terminal.screenText.contains("Hi↵there"))
    }

    @Test("the meeting's thank-you is written at length too, and saved with its line break")
    func meetingThanks() {
        var app = AppHarness { MeetingOpenScreen(label: "stand-up", context: $0, animated: true, endsApp: true) }
        app.editor = { .success("\($0) made the handover easy.\nThank you.") }
        app.press(.character("2"))
        app.type("Sam")
        app.press(.enter)
        app.type("Your notes")
        #expect(app.state.top.keyHelp.all.contains(LineEditor.editorKeyHelp))
        app.press(.control("x"), .control("e"))
        #expect(app.effects.contains(.editText(EditRequest(field: MeetingThanks.editorField, text: "Your notes"))))
        app.press(.enter)
        guard case .appreciation(let a)? = app.saved.last?.payload else { Issue.record("not saved"); return }
        #expect(a.text == "Your notes made the handover easy.\nThank you.")
    }

    @Test("the repair's words, while being changed, go to the editor and come back to keep with Enter")
    func repairWords() {
        var app = RepairWordsTests.atTheWords(endsApp: true)
        app.editor = { _ in .success("I'm sorry.\nCan we talk tonight?") }
        app.press(.character("e"))
        #expect(app.state.top.keyHelp.all.contains(LineEditor.editorKeyHelp))
        app.press(.control("x"), .control("e"))
        app.press(.enter, .enter)
        guard case .repair(let repair)? = app.saved.last?.payload else { Issue.record("no repair saved: \(app.screen)"); return }
        #expect(repair.words == "I'm sorry.\nCan we talk tonight?")
    }

    @Test("in a field not made for writing at length, Ctrl-X is nothing and Ctrl-E still goes to the end")
    func chordOnlyWhereItOpensTheEditor() {
        var name = LineEditor("Ana", writesAtLength: false)
        _ = name.handle(.home)
        #expect(name.handle(.control("x")) != .wantsEditor)
        #expect(name.handle(.control("e")) != .wantsEditor)
        #expect(name.cursor == 3)
        var sentence = LineEditor("You stayed", writesAtLength: true)
        _ = sentence.handle(.control("x"))
        #expect(sentence.handle(.control("e")) == .wantsEditor)
    }
}
