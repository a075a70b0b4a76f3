import Testing
import TendCore
import TendTestSupport
@testable import TendUI

/// A paste too large for the browser's search field says what happened,
/// as the bedtime screen does, instead of only ringing the bell.
@Suite("Pasting into the browser's search")
struct BrowseSearchPasteTests {
    func searching(size: Size = Size(width: 80, height: 24)) -> AppHarness {
        var app = BrowseScreenTests.open(size: size)
        app.press(.character("/"))
        return app
    }

    @Test("a paste longer than the field is refused, with a line that says so", arguments: BrowseScreenTests.sizes)
    func longPaste(size: Size) {
        var app = searching(size: size)
        app.press(.paste(String(repeating: "word ", count: 100)))
        #expect(app.screen.contains("Not pasted: 200 characters at most."), "\(app.screen)")
        #expect(app.effects.contains { if case .bell = $0 { true } else { false } })
        #expect((app.state.top as? BrowseScreen)?.search.text == "")
    }

    @Test("a paste the decoder refused as it arrived gets the same line")
    func oversizedPaste() {
        var app = searching()
        app.press(.oversizedPaste(byteCount: 2_000_000))
        #expect(app.screen.contains("Not pasted"), "\(app.screen)")
    }

    @Test("the next key clears the line, and the search goes on")
    func nextKeyClears() {
        var app = searching()
        app.press(.oversizedPaste(byteCount: 2_000_000))
        app.type("Ana")
        #expect(!app.screen.contains("Not pasted"))
        #expect((app.state.top as? BrowseScreen)?.search.text == "Ana")
    }
}
