import Testing
import TendUI

@Suite("The line editor")
struct LineEditorTests {
    func editor(_ text: String, cursor: Int? = nil) -> LineEditor {
        var editor = LineEditor(text)
        if let cursor { _ = editor.handle(.home); for _ in 0..<cursor { _ = editor.handle(.right) } }
        return editor
    }

    @Test("typing inserts at the cursor")
    func typing() {
        var e = editor("ac", cursor: 1)
        _ = e.handle(.character("b"))
        #expect(e.text == "abc")
        #expect(e.cursor == 2)
    }

    @Test("Backspace removes a whole emoji sequence, not one scalar of it")
    func backspaceEmoji() {
        var e = editor("hi 👨‍👩‍👧")
        _ = e.handle(.backspace)
        #expect(e.text == "hi ")
    }

    @Test("Left steps over a letter with combining marks in one move")
    func combining() {
        var e = editor("Jose\u{301}")
        _ = e.handle(.left)
        #expect(e.cursor == 3)
        _ = e.handle(.delete)
        #expect(e.text == "Jos")
    }

    @Test("Delete removes the character under the cursor")
    func delete() {
        var e = editor("日本語", cursor: 1)
        _ = e.handle(.delete)
        #expect(e.text == "日語")
    }

    @Test("Ctrl-A and Ctrl-E jump to the ends")
    func ends() {
        var e = editor("hello", cursor: 2)
        _ = e.handle(.control("a"))
        #expect(e.cursor == 0)
        _ = e.handle(.control("e"))
        #expect(e.cursor == 5)
    }

    @Test("Ctrl-U deletes to the start, Ctrl-K to the end")
    func kill() {
        var e = editor("one two three", cursor: 4)
        _ = e.handle(.control("k"))
        #expect(e.text == "one ")
        var f = editor("one two three", cursor: 4)
        _ = f.handle(.control("u"))
        #expect(f.text == "two three")
        #expect(f.cursor == 0)
    }

    @Test("Ctrl-W deletes the word before the cursor")
    func deleteWord() {
        var e = editor("thank you José")
        _ = e.handle(.control("w"))
        #expect(e.text == "thank you ")
    }

    @Test("Alt-B and Alt-F jump by words")
    func wordJumps() {
        var e = editor("make tea now")
        _ = e.handle(.alt("b"))
        #expect(e.cursor == 9)
        _ = e.handle(.alt("b"))
        #expect(e.cursor == 5)
        _ = e.handle(.alt("f"))
        #expect(e.cursor == 8)
    }

    @Test("a paste goes in as one piece with line breaks turned to spaces")
    func paste() {
        var e = editor("")
        _ = e.handle(.paste("line one\nline two\u{7}"))
        #expect(e.text == "line one line two")
    }

    @Test("a paste past the limit is refused whole, never cut")
    func hugePaste() {
        var e = LineEditor("keep", limit: 10)
        #expect(e.handle(.paste(String(repeating: "x", count: 50))) == .refused(limit: 10))
        #expect(e.text == "keep")
    }

    @Test("long text scrolls so the cursor stays in the field")
    func scrolling() {
        let e = editor(String(repeating: "abcdefghij", count: 3))
        var canvas = Canvas(size: Size(width: 12, height: 1))
        e.render(into: &canvas, x: 0, y: 0, width: 10)
        #expect(canvas.cursor == Point(x: 9, y: 0))
        #expect(canvas.rowText(0).hasPrefix("…"))
        #expect(canvas.rowText(0).hasSuffix("hij"))
    }

    @Test("wide characters put the cursor after both of their columns")
    func wideCursor() {
        let e = editor("日本")
        var canvas = Canvas(size: Size(width: 10, height: 1))
        e.render(into: &canvas, x: 1, y: 0, width: 8)
        #expect(canvas.cursor == Point(x: 5, y: 0))
    }

    @Test("a known name is suggested, ignoring case and accents")
    func completion() {
        #expect(NameCompletion.suggestion(for: "jo", among: ["Mia", "José"]) == "sé")
        #expect(NameCompletion.suggestion(for: "x", among: ["Mia"]) == nil)
        #expect(NameCompletion.suggestion(for: "Mia", among: ["Mia"]) == nil)
        #expect(NameCompletion.match(for: "jose", among: ["José"]) == "José")
    }
}
