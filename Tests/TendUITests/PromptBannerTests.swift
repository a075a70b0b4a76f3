import Testing
import TendCore
import TendTestSupport
@testable import TendUI

@Suite("Scheduled prompts inside the app")
struct PromptBannerTests {
    /// Five seconds before the default 07:30 morning check-in.
    static let justBefore = Fixtures.context(at: Fixtures.date(2026, 11, 23, 7, 29, 55))

    @Test("the app wakes for the prompt, not a minute later")
    func wakesOnTime() {
        let app = AppHarness(root: HomeScreen(), context: Self.justBefore)
        #expect(app.state.nextWake().uptime - app.state.context.now.uptime == 5)
    }

    @Test("a due prompt shows as a banner over each screen", arguments: ["home", "pause", "thanks", "checkin"])
    func bannerOverScreens(screen: String) {
        var app = AppHarness(root: HomeScreen(), context: Self.justBefore)
        switch screen {
        case "pause": app.press(.character("p"))
        case "thanks": app.press(.character("t")); app.type("Ana")
        case "checkin": app.press(.character("m"), .character("4"))
        default: break
        }
        #expect(!app.screen.contains("◆ Morning check-in"))
        app.advance(by: 5)
        #expect(app.screen.contains("◆ Morning check-in · 07:30"), "\(app.screen)")
        expectSnapshot(app.snapshot, named: "banner-over-\(screen)")
    }

    @Test("inside a repair, Enter stays the repair's: the prompt waits until home")
    func waitsInsideAFlow() {
        var app = AppHarness(root: HomeScreen(), context: Self.justBefore)
        app.press(.character("r"))
        app.advance(by: 5)
        #expect(app.screen.contains("waits until you finish"), "\(app.screen)")
        #expect(app.screen.contains("How long ago was it?"), "\(app.screen)")
        app.press(.enter)
        #expect(app.state.topRoute == .repair())
        #expect(app.screen.contains("What happened, in one line?"), "\(app.screen)")
        app.press(.escape, .escape, .escape)
        #expect(app.state.topRoute == .home)
        app.press(.enter)
        #expect(app.state.topRoute == .checkIn())
    }

    @Test("on a narrow window the footer shows how to answer the prompt")
    func narrowKeys() {
        var app = AppHarness(root: HomeScreen(), size: Size(width: 40, height: 12), context: Self.justBefore)
        app.advance(by: 5)
        let footer = app.screen.split(separator: "\n").last.map(String.init) ?? ""
        #expect(footer.contains("Enter start"), "\(footer)")
        #expect(footer.contains("s snooze"), "\(footer)")
        #expect(footer.contains("Esc dismiss"), "\(footer)")
    }

    @Test("the firing is claimed in storage before the banner shows")
    func claimedFirst() {
        var app = AppHarness(root: HomeScreen(), context: Self.justBefore)
        app.advance(by: 5)
        let claims = app.effects.filter { if case .claimPrompt = $0 { return true } else { return false } }
        #expect(claims.count == 1)
        app.advance(by: 30)
        app.advance(by: 30)
        let again = app.effects.filter { if case .claimPrompt = $0 { return true } else { return false } }
        #expect(again.count == 1, "a prompt must be offered once")
    }

    @Test("a prompt another process already offered does not show")
    func takenElsewhere() {
        var app = AppHarness(root: HomeScreen(), context: Self.justBefore)
        app.promptsTakenElsewhere = true
        app.advance(by: 5)
        #expect(!app.screen.contains("◆"))
    }

    @Test("Enter starts the ritual the prompt is for")
    func start() {
        var app = AppHarness(root: HomeScreen(), context: Self.justBefore)
        app.advance(by: 5)
        app.press(.enter)
        #expect(app.state.topRoute == .checkIn())
        #expect(!app.screen.contains("◆"))
    }

    @Test("s snoozes and the prompt comes back after the snooze minutes")
    func snooze() {
        var app = AppHarness(root: HomeScreen(), context: Self.justBefore)
        app.advance(by: 5)
        app.press(.character("s"))
        #expect(!app.screen.contains("◆"))
        #expect(app.screen.contains("come back in 10 minutes"))
        app.advance(by: 9 * 60)
        #expect(!app.screen.contains("◆"))
        app.advance(by: 61)
        #expect(app.screen.contains("◆ Morning check-in"))
    }

    @Test("Esc dismisses it for good")
    func dismiss() {
        var app = AppHarness(root: HomeScreen(), context: Self.justBefore)
        app.advance(by: 5)
        app.press(.escape)
        app.advance(by: 3600)
        #expect(!app.screen.contains("◆"))
        #expect(app.state.exitStatus == nil)
    }

    @Test("while a sentence is being written the banner waits and no keystroke is lost")
    func typingIsKept() {
        var app = AppHarness(root: HomeScreen(), context: Self.justBefore)
        app.press(.character("t"))
        app.type("Ana")
        app.press(.enter)
        app.advance(by: 5)
        app.type("so kind")
        app.press(.escape) // first Esc asks before leaving, never dismisses the banner
        #expect(app.screen.contains("so kind"))
        #expect(app.screen.contains("waits until you finish"))
        #expect(app.state.topRoute == .thanks())
    }

    @Test("a prompt missed earlier today is offered once as a catch-up")
    func catchUp() {
        var app = AppHarness(root: HomeScreen(), context: Fixtures.context(at: Fixtures.date(2026, 11, 23, 11, 0)))
        app.advance(by: 1)
        #expect(app.screen.contains("Still time: Morning check-in (07:30)"), "\(app.screen)")
    }
}
