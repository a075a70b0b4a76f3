import Testing
import TendTestSupport
import TendUI

@Suite("Home and help, as the user sees them")
struct HomeSnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40),
                        Size(width: 40, height: 12), Size(width: 20, height: 5)]

    @Test("home at every size", arguments: sizes)
    func home(size: Size) {
        let app = AppHarness(root: HomeScreen(), size: size)
        expectSnapshot(app.snapshot, named: "home-\(size)")
    }

    @Test("help at every size", arguments: sizes)
    func help(size: Size) {
        var app = AppHarness(root: HomeScreen(), size: size)
        app.press(.character("?"))
        expectSnapshot(app.snapshot, named: "help-\(size)")
    }

    @Test("tiny windows draw without trapping", arguments: [Size(width: 0, height: 0), Size(width: 1, height: 1),
                                                            Size(width: 39, height: 12), Size(width: 40, height: 11)])
    func tiny(size: Size) {
        var app = AppHarness(root: HomeScreen(), size: size)
        app.press(.character("?"))
        #expect(!app.screen.contains("Good morning"))
    }
}
