import Testing
import TendUI

@Suite("The cell grid")
struct CanvasTests {
    @Test("a wide character fills its cell and a continuation")
    func wide() {
        var canvas = Canvas(size: Size(width: 6, height: 1))
        #expect(canvas.write("日a", x: 0, y: 0) == 3)
        #expect(canvas[0, 0].width == 2)
        #expect(canvas[1, 0].width == 0)
        #expect(canvas.text == "日a")
    }

    @Test("a wide character that would cross the edge is left out")
    func edge() {
        var canvas = Canvas(size: Size(width: 3, height: 1))
        canvas.write("ab日", x: 0, y: 0)
        #expect(canvas.text == "ab")
    }

    @Test("overwriting half of a wide character blanks the other half")
    func overwriteHalf() {
        var canvas = Canvas(size: Size(width: 4, height: 1))
        canvas.write("日本", x: 0, y: 0)
        canvas.write("x", x: 1, y: 0)
        #expect(canvas.text == " x本")
    }

    @Test("escape sequences in text are drawn harmlessly")
    func escapes() {
        var canvas = Canvas(size: Size(width: 20, height: 1))
        canvas.write("a\u{1B}[2Jb", x: 0, y: 0)
        #expect(canvas.text == "a␛b")
    }

    @Test("writing outside the grid does nothing and does not trap")
    func outside() {
        var canvas = Canvas(size: Size(width: 0, height: 0))
        canvas.write("hello", x: 0, y: 0)
        canvas.box(Rect(x: -2, y: -2, width: 10, height: 10))
        canvas.fill(Rect(x: -1, y: -1, width: 5, height: 5))
        #expect(canvas.text == "")
    }

    @Test("truncating writes end in an ellipsis")
    func truncating() {
        var canvas = Canvas(size: Size(width: 10, height: 1))
        canvas.write("appreciation", x: 0, y: 0, truncatingTo: 6)
        #expect(canvas.text == "appre…")
    }
}
