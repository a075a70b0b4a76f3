import Testing
import TendCore
import TendTestSupport
@testable import TendUI

/// A mistake in config.toml is named on home: the key, the value, what is
/// expected, wrapped to the width.
@Suite("A config mistake on home")
struct HomeConfigProblemTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 40, height: 12)]
    static let problem = #"config.toml: bedtime.time is "21.30". Expected a 24-hour time in quotes, like "07:30". "#
        + "Until then Tend uses its default there; your file is untouched."

    @Test("named in full, wrapped, at every size", arguments: sizes)
    func named(size: Size) {
        var context = Fixtures.context()
        context.data.configProblems = [Self.problem, "a second one"]
        let app = AppHarness(root: HomeScreen(), size: size, context: context)
        expectSnapshot(app.snapshot, named: "home-config-problem-\(size)")
        #expect(app.screen.contains("bedtime.time"), "\(app.screen)")
        #expect(!app.screen.contains("a second one"))
        if size.width == 80 {
            for part in [#""21.30""#, #"like "07:30""#, "untouched."] {
                #expect(app.screen.contains(part), "\(part) missing:\n\(app.screen)")
            }
        }
    }

    @Test("lines never run past the width")
    func wrapped() {
        let lines = HomeScreen.problemLines(Self.problem, width: 36, rows: 3)
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.displayWidth <= 36 })
        #expect(lines.last?.hasSuffix("…") == true)
        #expect(HomeScreen.problemLines(Self.problem, width: 76, rows: 5).count == 3)
        #expect(HomeScreen.problemLines(Self.problem, width: 76, rows: 5).last == "untouched.")
        #expect(HomeScreen.problemLines(nil, width: 76, rows: 5).isEmpty)
    }
}
