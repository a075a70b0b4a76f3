import Testing
import TendCore
import TendTestSupport
@testable import TendUI

@Suite("The line editor over a few rows")
struct WrappedLineEditorTests {
    func rows(_ text: String, width: Int) -> [String] {
        let editor = LineEditor(text)
        return editor.wrappedRows(width: width).map { String(editor.characters[$0]) }
    }

    @Test("rows break after the last space that fits, the space hanging at the row's end")
    func wordWrap() {
        #expect(rows("You stayed calm when the printer jammed", width: 16)
            == ["You stayed calm ", "when the printer ", "jammed"])
    }

    @Test("a word wider than the row is cut by width")
    func longWord() {
        #expect(rows("abcdefghij klm", width: 4) == ["abcd", "efgh", "ij ", "klm"])
    }

    @Test("wide characters take two columns")
    func wide() {
        #expect(rows("谢谢你的茶", width: 4) == ["谢谢", "你的", "茶"])
        #expect(rows("🚲🚲🚲", width: 5) == ["🚲🚲", "🚲"])
    }

    @Test("an empty field is one empty row, and a full last row makes room for the cursor")
    func cursorRoom() {
        #expect(rows("", width: 10) == [""])
        #expect(rows("abcd", width: 4) == ["abcd", ""])
    }

    func render(_ editor: LineEditor, width: Int, rows: Int) -> (text: [String], cursor: Point?) {
        var canvas = Canvas(size: Size(width: width, height: rows))
        editor.renderWrapped(into: &canvas, x: 0, y: 0, width: width, rows: rows)
        return ((0..<rows).map { canvas.rowText($0) }, canvas.cursor)
    }

    @Test("the cursor sits where it is in the text, on its row")
    func cursor() {
        var editor = LineEditor("one two three")
        #expect(render(editor, width: 8, rows: 2).cursor == Point(x: 5, y: 1))
        _ = editor.handle(.home)
        #expect(render(editor, width: 8, rows: 2).cursor == Point(x: 0, y: 0))
        for _ in 0..<4 { _ = editor.handle(.right) }
        #expect(render(editor, width: 8, rows: 2).cursor == Point(x: 4, y: 0))
    }

    @Test("text longer than the rows scrolls to the cursor, marked with …")
    func scrolls() {
        var editor = LineEditor("one two three four five six")
        let end = render(editor, width: 8, rows: 2)
        // The last row is full, so the cursor gets a row of its own below it.
        #expect(end.text.map { $0.trimmingCharacters(in: .whitespaces) } == ["…ive six", ""])
        #expect(end.cursor == Point(x: 0, y: 1))
        _ = editor.handle(.home)
        let start = render(editor, width: 8, rows: 2)
        #expect(start.text.map { $0.trimmingCharacters(in: .whitespaces) } == ["one two", "three  …"])
    }
}

@Suite("The bedtime sentence, wrapped so it can be read")
struct ThanksWrappingTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 40, height: 12)]
    static let evening = Fixtures.context(at: Fixtures.date(2026, 11, 23, 21, 30))
    static let long = "You stayed up to help me with the essay even though you were tired, and then you made tea "
        + "and asked the one question that made the whole argument fall into place."

    @Test("a long sentence shows over several rows, at every size", arguments: sizes)
    func long(size: Size) {
        var app = AppHarness(root: ThanksScreen(), size: size, context: Self.evening)
        app.type("Zoë")
        app.press(.enter)
        app.type(Self.long)
        if size.width >= 80 {
            #expect(app.screen.contains("You stayed up to help me"), "\(app.screen)")
            #expect(app.screen.contains("argument fall into place."), "\(app.screen)")
        }
        expectSnapshot(app.snapshot, named: "thanks-long-\(size)")
    }

    @Test("the sentence is saved as the one line it was typed as")
    func oneLine() {
        var app = AppHarness(root: ThanksScreen(), context: Self.evening)
        app.type("Zoë")
        app.press(.enter)
        app.type(Self.long)
        app.press(.enter)
        guard case .appreciation(let a)? = app.saved.last?.payload else { Issue.record("not saved"); return }
        #expect(a.text == Self.long)
    }
}
