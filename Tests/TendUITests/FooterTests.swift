import Testing
import TendCore
import TendTestSupport
@testable import TendUI

@Suite("The footer at any width")
struct FooterTests {
    func footer(_ keys: [KeyHelp], width: Int) -> String {
        var canvas = Canvas(size: Size(width: width, height: 3))
        Chrome.renderFooter(into: &canvas, keys: keys)
        return canvas.text.split(separator: "\n", omittingEmptySubsequences: false).last.map(String.init) ?? ""
    }

    @Test("a narrow footer drops other keys before the main action")
    func keepsMainAction() {
        let keys = [KeyHelp("n", "another"), KeyHelp("Enter", "take it"), KeyHelp("x", "something else"),
                    KeyHelp("Esc", "back"), KeyHelp("?", "help")]
        let line = footer(keys, width: 40)
        #expect(line.contains("Enter take it"), "\(line)")
        #expect(line.contains("Esc back"), "\(line)")
        #expect(line.contains("? help"), "\(line)")
        #expect(!line.contains("something else"), "\(line)")
    }

    @Test("a binding marked main is kept even when it is not Enter")
    func markedMain() {
        let map = KeyMap<Int>([
            KeyBinding([.character("a")], "a", "first", 0, footer: "first thing"),
            KeyBinding([.character("y")], "y", "yes", 1, footer: "yes, do it now", main: true),
            KeyBinding([.character("b")], "b", "other", 2, footer: "other thing"),
            KeyBinding([.escape], "Esc", "back", 3, footer: "back"),
        ])
        let line = footer(map.footer + [KeyHelp("?", "help")], width: 40)
        #expect(line.contains("y yes, do it now"), "\(line)")
    }

    @Test("Enter in a binding is the main action unless told otherwise")
    func enterIsMain() {
        let map = KeyMap<Int>([
            KeyBinding([.enter], "Enter", "open", 0, footer: "open"),
            KeyBinding([.escape, .enter], "Esc", "skip", 1, footer: "skip"),
            KeyBinding([.enter], "Enter", "quietly", 2, footer: "quiet", main: false),
        ])
        #expect(map.footer.map(\.isMain) == [true, false, false])
    }

    @Test("the check-in's practice step keeps Enter at 40 columns")
    func checkInPractice() {
        var app = AppHarness(size: Size(width: 40, height: 12)) { CheckInScreen(context: $0) }
        app.press(.character("3"), .character("1"))
        let line = app.screen.split(separator: "\n").last.map(String.init) ?? ""
        #expect(line.contains("Enter take it"), "\(line)")
    }

    @Test("the browser's list keeps Enter at 40 columns")
    func browseList() {
        var app = AppHarness(size: Size(width: 40, height: 12)) { BrowseScreen(context: $0) }
        app.history = BrowseSamples.journal
        app.advance(by: 0)
        app.advance(by: 0)
        let line = app.screen.split(separator: "\n").last.map(String.init) ?? ""
        #expect(line.contains("Enter open"), "\(line)")
    }
}
