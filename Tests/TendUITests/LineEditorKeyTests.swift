import Testing
@testable import TendUI

/// The line editor with the keys real terminals send, decoded from their bytes.
@Suite("The line editor with real terminal keys")
struct LineEditorKeyTests {
    func edit(_ text: String, typing bytes: String) -> LineEditor {
        var field = LineEditor(text)
        for key in decodeKeys(bytes) { _ = field.handle(key) }
        return field
    }

    @Test("Home and End from tmux, xterm, rxvt and the Linux console move, and type nothing",
          arguments: [("\u{1B}[1~", "\u{1B}[4~"), ("\u{1B}[H", "\u{1B}[F"), ("\u{1B}OH", "\u{1B}OF"), ("\u{1B}[7~", "\u{1B}[8~")])
    func homeEnd(_ keys: (home: String, end: String)) {
        let field = edit("abc def", typing: keys.home + "1" + keys.end + "2")
        #expect(field.text == "1abc def2")
    }

    @Test("Delete removes the character under the cursor; at the end it does nothing")
    func delete() {
        #expect(edit("abc", typing: "\u{1B}[1~\u{1B}[3~").text == "bc")
        #expect(edit("abc", typing: "\u{1B}[3~").text == "abc")
    }

    @Test("Ctrl-Left and Ctrl-Right move by word; Shift-Home is Home")
    func wordMoves() {
        #expect(edit("one two three", typing: "\u{1B}[1;5D\u{1B}[1;5DX").text == "one Xtwo three")
        #expect(edit("one two three", typing: "\u{1B}[1~\u{1B}[1;5CX").text == "oneX two three")
        #expect(edit("one two", typing: "\u{1B}[1;2HX").text == "Xone two")
        #expect(edit("one two", typing: "\u{1B}[1;3D\u{1B}[3;5~").text == "one ")
    }

    @Test("Insert and unknown sequences change nothing")
    func insertAndUnknown() {
        #expect(edit("abc", typing: "\u{1B}[2~\u{1B}[99~\u{1B}[I").text == "abc")
    }

    @Test("an oversized paste is refused with the field's limit")
    func oversizedPaste() {
        var field = LineEditor("kept", limit: 10)
        #expect(field.handle(.oversizedPaste(byteCount: 70_000)) == .refused(limit: 10))
        #expect(field.text == "kept")
    }

    @Test("an accent typed after its letter joins it")
    func combiningJoins() {
        var field = LineEditor("Jose")
        _ = field.handle(.character("\u{301}"))
        #expect(field.text == "José")
        #expect(field.characters.count == 4)
    }
}
