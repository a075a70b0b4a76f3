import Testing
import TendCore
import TendTestSupport
@testable import TendUI

@Suite("Closing a meeting with the round")
struct MeetingCloseScreenTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 40, height: 12)]

    func close(_ size: Size = Size(width: 80, height: 24), label: String? = "stand-up") -> AppHarness {
        AppHarness(root: MeetingCloseScreen(label: label, endsApp: true), size: size)
    }

    @Test("each question of the round, at every size", arguments: sizes)
    func steps(size: Size) {
        var app = close(size)
        expectSnapshot(app.snapshot, named: "meeting-round-1-useful-\(size)")
        app.type("The demo")
        app.press(.enter)
        expectSnapshot(app.snapshot, named: "meeting-round-2-confusing-\(size)")
        app.press(.enter)
        app.type("Priya's fix")
        expectSnapshot(app.snapshot, named: "meeting-round-3-energising-\(size)")
    }

    @Test("the last Enter saves the answers given, the skipped ones left out, with the label")
    func saves() {
        var app = close()
        app.type("The demo")
        app.press(.enter, .enter)
        #expect(app.saved.isEmpty)
        app.type("Priya's fix")
        app.press(.enter)
        #expect(app.saved.map(\.payload) == [.meeting(Meeting(ritual: .round, label: "stand-up", useful: "The demo",
                                                              energising: "Priya's fix"))])
        #expect(app.state.exitStatus == 0)
        #expect(app.effects.contains(.leaveWord("Saved the round for stand-up.")))
    }

    @Test("a round with every answer skipped is still saved: the meeting was closed")
    func allSkipped() {
        var app = close(label: nil)
        app.press(.enter, .enter, .enter)
        #expect(app.saved.map(\.payload) == [.meeting(Meeting(ritual: .round))])
    }

    @Test("Esc goes back a question with the words kept, and from the first asks before leaving")
    func back() {
        var app = close()
        app.type("The demo")
        app.press(.enter, .escape)
        #expect(app.screen.contains("What was useful?") && app.screen.contains("The demo"))
        app.press(.escape)
        #expect(app.screen.contains("Leave without saving?"))
        app.press(.escape)
        #expect(app.saved.isEmpty && app.state.exitStatus == 0)
    }

    @Test("a round left unfinished comes back at its question with its answers")
    func draft() throws {
        var app = close()
        app.type("The demo")
        app.press(.enter)
        let draft = try #require(app.state.top.draft)
        #expect(draft.kind == .meeting && draft.step == "confusing" && draft["useful"] == "The demo" && draft["label"] == "stand-up")
        let resumed = AppHarness(root: ScreenFactory.make(.resume(draft, endsApp: true), context: Fixtures.context()))
        #expect(resumed.screen.contains("What was confusing?") && resumed.screen.contains("The demo"))
    }

    @Test("a failed save keeps every answer on screen and says why")
    func failedSave() {
        var app = close()
        app.savesFail = true
        app.type("The demo")
        app.press(.enter, .enter, .enter)
        #expect(app.state.exitStatus == nil)
        #expect(app.screen.contains("disk is full") && app.screen.contains("The demo"))
    }
}
