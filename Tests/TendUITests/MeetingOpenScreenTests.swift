import Testing
import TendCore
import TendTestSupport
@testable import TendUI

@Suite("Opening a meeting")
struct MeetingOpenScreenTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 40, height: 12)]
    static let stamps = [0, 1.25, 2.5, 3.75, 5]

    func open(_ size: Size = Size(width: 80, height: 24), label: String? = "stand-up", animated: Bool = true) -> AppHarness {
        AppHarness(size: size) { MeetingOpenScreen(label: label, context: $0, animated: animated, endsApp: true) }
    }

    @Test("the choice between a breath together and one thank-you, at every size", arguments: sizes)
    func choice(size: Size) {
        var app = open(size)
        expectSnapshot(app.snapshot, named: "meeting-open-choice-\(size)")
        app.press(.right)
        expectSnapshot(app.snapshot, named: "meeting-open-choice-thanks-\(size)")
    }

    @Test("the breath together, large for a room, at 0, 1.25, 2.5, 3.75 and 5 seconds", arguments: sizes)
    func breathFrames(size: Size) {
        var app = open(size)
        app.press(.enter)
        var elapsed = 0.0
        for stamp in Self.stamps {
            app.advance(by: stamp - elapsed)
            elapsed = stamp
            expectSnapshot(app.snapshot, named: "meeting-breath-\(stamp)s-\(size)")
        }
    }

    @Test("the still breath changes once a second and keeps its shape", arguments: sizes)
    func stillBreath(size: Size) {
        var app = open(size, animated: false)
        app.press(.character("1"))
        app.advance(by: 2.5)
        expectSnapshot(app.snapshot, named: "meeting-breath-still-\(size)")
    }

    @Test("a whole breath saves one breath together with the meeting's label; a second is not saved again")
    func breathSaved() {
        var app = open()
        app.press(.enter)
        app.advance(by: MeetingOpenScreen.breathSeconds - 0.1)
        #expect(app.saved.isEmpty)
        app.advance(by: 0.1)
        #expect(app.saved.map(\.payload) == [.meeting(Meeting(ritual: .breath, label: "stand-up"))])
        #expect(app.screen.contains("█"), "the send-off is drawn large")
        app.press(.enter)
        app.advance(by: MeetingOpenScreen.breathSeconds)
        #expect(app.saved.count == 1)
        app.press(.escape)
        #expect(app.state.exitStatus == 0)
        #expect(app.effects.contains(.leaveWord("Saved a breath together for stand-up.")))
    }

    @Test("any key stops the breath early; nothing is saved, and the screen says so gently")
    func stoppedEarly() {
        var app = open()
        app.press(.enter)
        app.advance(by: 2)
        app.press(.character("x"))
        #expect(app.saved.isEmpty)
        #expect(app.screen.contains(PromptLibrary.builtIn.meeting.breathStopped))
        expectSnapshot(app.snapshot, named: "meeting-breath-stopped-80x24")
    }

    @Test("the thank-you: who and one sentence, at every size, then the send offer", arguments: sizes)
    func thanks(size: Size) {
        var app = open(size)
        app.press(.character("2"))
        expectSnapshot(app.snapshot, named: "meeting-thanks-empty-\(size)")
        app.type("Sam")
        app.press(.enter)
        app.type("Your notes made the handover easy.")
        expectSnapshot(app.snapshot, named: "meeting-thanks-written-\(size)")
        app.press(.enter)
        expectSnapshot(app.snapshot, named: "meeting-thanks-send-offer-\(size)")
    }

    @Test("the thank-you is saved as an appreciation with the meeting's label, without the evening's invitation")
    func thanksSaved() throws {
        var app = open()
        app.press(.character("2"))
        app.type("Sam")
        app.press(.enter)
        app.type("Your notes made the handover easy.")
        app.press(.enter)
        #expect(app.saved.map(\.payload) == [.appreciation(Appreciation(person: "Sam", text: "Your notes made the handover easy.",
                                                                        meeting: "stand-up"))])
        #expect(app.screen.contains("Send it to Sam?"))
        #expect(!app.screen.contains("I have started writing down"))
        app.press(.enter)
        app.advance(by: 0.1)
        let plan = try #require(app.sentPlans.first)
        #expect(plan.message.text == "Your notes made the handover easy." && plan.message.invite == nil)
        #expect(app.state.exitStatus == 0)
        #expect(app.effects.contains(.leaveWord("Saved your thank-you to Sam for stand-up. Sent to Sam.")))
    }

    @Test("a generic sentence gets the nudge once; names and sentences are both needed")
    func thanksChecks() {
        var app = open()
        app.press(.character("2"), .tab)
        app.type("Thanks")
        app.press(.enter)
        #expect(app.screen.contains("Who is it for?"))
        app.type("Sam")
        app.press(.tab, .enter)
        #expect(app.saved.isEmpty)
        #expect(PromptLibrary.builtIn.appreciation.nudges.contains { app.screen.contains(String($0.prefix(20))) })
        app.press(.enter)
        #expect(app.saved.count == 1)
    }

    @Test("a thank-you left unfinished is kept as a draft with its meeting, and comes back to this screen")
    func draftComesBack() throws {
        var app = open()
        app.press(.character("2"))
        app.type("Sam")
        let draft = try #require(app.state.top.draft)
        #expect(draft.kind == .appreciation && draft["meeting"] == "stand-up" && draft["person"] == "Sam")
        let resumed = ScreenFactory.make(.resume(draft, endsApp: false), context: Fixtures.context())
        #expect((resumed as? MeetingOpenScreen)?.label == "stand-up")
    }

    @Test("Esc from the thank-you goes back to the choice, keeping the words; leaving then asks first")
    func backKeepsWords() {
        var app = open()
        app.press(.character("2"))
        app.type("Sam")
        app.press(.escape)
        #expect(app.screen.contains("How will you open it?"))
        app.press(.escape)
        #expect(app.state.exitStatus == nil)
        #expect(app.screen.contains("Leave without saving?"))
        app.press(.escape)
        #expect(app.state.exitStatus == 0)
    }
}
