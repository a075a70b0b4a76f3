import Testing
import TendCore
import TendJournalFormat
import TendTestSupport
@testable import TendUI

@Suite("The week screen: insights in pictures")
struct WeekScreenTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 40, height: 12)]

    /// The week screen opened from home, the journal delivered after the first frame.
    static func open(_ records: [Record] = WeekSamples.journal, size: Size = Size(width: 80, height: 24)) -> AppHarness {
        var app = AppHarness(root: HomeScreen(), size: size)
        app.history = records
        app.press(.character("w"))
        app.advance(by: 0)
        return app
    }

    @Test("the heat map, mood line and sections at every size", arguments: sizes)
    func snapshot(size: Size) {
        expectSnapshot(Self.open(size: size).snapshot, named: "week-\(size)")
    }

    @Test("an empty journal shows an empty map and a gentle word in each section")
    func empty() {
        expectSnapshot(Self.open([]).snapshot, named: "week-empty-80x24")
    }

    @Test("w on home opens the week screen, q goes back home")
    func openAndLeave() {
        var app = Self.open()
        #expect(app.state.topRoute == .week)
        app.press(.character("q"))
        #expect(app.state.topRoute == .home)
    }

    @Test("the whole journal is asked for once and replaces the recent weeks")
    func loadsHistory() {
        let app = Self.open()
        let loads = app.effects.filter { if case .loadHistory = $0 { return true } else { return false } }
        #expect(loads.count == 1)
        let week = app.state.top as? WeekScreen
        #expect(week?.stats.recordCount == WeekSamples.journal.count)
    }

    @Test("the heat map folds to fewer weeks in a narrow window")
    func folds() {
        #expect(Self.open(size: Size(width: 120, height: 40)).screen.contains("Last 26 weeks"))
        #expect(Self.open(size: Size(width: 40, height: 12)).screen.contains("Last 16 weeks"))
    }

    @Test("today is marked in the map")
    func todayMarked() {
        let screen = Self.open().screen
        let monday = screen.split(separator: "\n").first { $0.hasPrefix("  Mon ") }
        #expect(monday?.hasSuffix("◂") == true, "\(screen)")
    }

    @Test("j scrolls what does not fit into view, k brings the top back")
    func scrolls() {
        var app = Self.open(size: Size(width: 40, height: 12))
        #expect(!app.screen.contains("Pauses"))
        app.press(.character("G"))
        #expect(app.screen.contains("Pauses"))
        #expect(!app.screen.contains("Last 16 weeks"))
        app.press(.character("g"))
        app.press(.character("j"))
        #expect(!app.screen.contains("Last 16 weeks"))
        app.press(.character("k"))
        #expect(app.screen.contains("Last 16 weeks"))
    }

    @Test("the shell report prints the same words without colour when asked")
    func shellText() {
        let stats = HabitStats(records: WeekSamples.journal, today: WeekSamples.today)
        let text = WeekReport.text(stats, width: 80, usesColour: false)
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("Last 26 weeks"))
        #expect(text.contains("one missed day a week is forgiven"))
        #expect(WeekReport.text(stats, width: 80, usesColour: true).contains("\u{1B}["))
    }

    @Test("tiny windows draw without trapping", arguments: [Size(width: 0, height: 0), Size(width: 1, height: 1),
                                                            Size(width: 39, height: 11)])
    func tiny(size: Size) {
        var app = Self.open(size: size)
        app.press(.character("G"), .character("j"))
        #expect(!app.screen.contains("Last"))
    }
}
