import Foundation
import Testing
import TendCore
import TendJournalFormat
import TendTestSupport
@testable import TendUI

/// The pause's words agree with what home counts, start from the morning's
/// intention, and open on a cue that changes from day to day.
@Suite("The doorway pause: its words and its first choice")
struct PauseWordsTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 40, height: 12)]

    /// A context at the fixtures' morning with a check-in `ago` seconds
    /// earlier, its intention `intention`.
    static func morning(_ intention: Intention, ago: Double = 600) -> ScreenContext {
        var context = Fixtures.context()
        let time = LocalTime(Fixtures.morning.addingTimeInterval(-ago), in: Fixtures.zone)
        context.data.journal = RecentJournal(lines: [
            Record(.checkIn(CheckIn(mood: 3, intention: intention, practice: "reset-signal")), at: time),
        ])
        return context
    }

    @Test("a pause stopped early says it is not counted, and home agrees, at every size", arguments: sizes)
    func stopped(size: Size) {
        var app = AppHarness(root: HomeScreen(), size: size)
        app.press(.character("p"), .enter)
        app.advance(by: 1.2)
        app.press(.character("x"))
        #expect(app.screen.contains("Stopped after 1 of 5 seconds."), "\(app.screen)")
        #expect(!app.screen.contains("counts too"), "\(app.screen)")
        expectSnapshot(app.snapshot, named: "pause-stopped-\(size)")
        app.press(.escape)
        #expect(!app.screen.contains("✓"), "\(app.screen)")
        if size.width >= 80 { #expect(app.screen.contains("any time, five seconds"), "\(app.screen)") }
    }

    @Test("one planned second reads as one second")
    func oneSecond() {
        var app = AppHarness { PauseScreen(seconds: 1, context: $0) }
        app.press(.enter)
        app.advance(by: 0.2)
        app.press(.character("x"))
        #expect(app.screen.contains("Stopped after 0 of 1 second."), "\(app.screen)")
    }

    @Test("the morning's intention is chosen to begin with, at every size", arguments: sizes)
    func preselected(size: Size) {
        var app = AppHarness(size: size, context: Self.morning(.encourage)) { PauseScreen(context: $0) }
        expectSnapshot(app.snapshot, named: "pause-choose-encourage-\(size)")
        app.press(.enter)
        app.advance(by: 5)
        guard case .pause(let pause)? = app.saved.last?.payload else { Issue.record("nothing logged"); return }
        #expect(pause.intention == .encourage)
    }

    @Test("with only yesterday's check-in the first intention is chosen")
    func noCheckIn() {
        var app = AppHarness(context: Self.morning(.listen, ago: 86_400)) { PauseScreen(context: $0) }
        app.press(.enter)
        app.advance(by: 5)
        guard case .pause(let pause)? = app.saved.last?.payload else { Issue.record("nothing logged"); return }
        #expect(pause.intention == .notice)
    }

    /// The cue on screen half way through a pause started on `date`.
    func cue(on date: Date) -> String {
        var app = AppHarness(context: Fixtures.context(at: date)) { PauseScreen(context: $0) }
        app.press(.enter)
        app.advance(by: 2.5)
        let cues = PromptLibrary.builtIn.intentions.description(of: .notice).pauseCues
        return cues.first { app.screen.contains($0) } ?? ""
    }

    @Test("the first cue is the same all day and changes the next day")
    func rotatingCue() {
        let monday = cue(on: Fixtures.morning)
        #expect(monday == "See who is there before what is due.")
        #expect(cue(on: Fixtures.morning.addingTimeInterval(3 * 3600)) == monday)
        let tuesday = cue(on: Fixtures.morning.addingTimeInterval(86_400))
        #expect(tuesday == "Look for one thing going right.")
    }
}
