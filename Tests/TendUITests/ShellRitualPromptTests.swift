import Foundation
import Testing
import TendCore
import TendJournalFormat
import TendTestSupport
@testable import TendUI

/// Rituals started from the shell (`tend pause`, `tend repair`…) end at the
/// shell, where a prompt could never be answered: the prompt must neither
/// take their keys nor be used up.
@Suite("Prompts and rituals started from the shell")
struct ShellRitualPromptTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 40, height: 12)]
    /// 18:00 with the morning check-in undone: a catch-up is due at once.
    static let evening = Fixtures.context(at: Fixtures.date(2026, 12, 2, 18, 0))

    /// Every screen a subcommand opens, as that subcommand opens it.
    static let subcommands: [String] = ["pause", "checkin", "thanks", "repair", "browse", "week"]

    static func root(_ name: String, _ context: ScreenContext) -> any Screen {
        switch name {
        case "pause": return PauseScreen(endsApp: true, context: context)
        case "checkin": return CheckInScreen(context: context, endsApp: true)
        case "thanks": return ThanksScreen(endsApp: true)
        case "repair": return RepairScreen(context: context, endsApp: true)
        case "browse": return BrowseScreen(context: context)
        default: return WeekScreen(context: context)
        }
    }

    func claims(_ app: AppHarness) -> Int {
        app.effects.filter { if case .claimPrompt = $0 { return true } else { return false } }.count
    }

    @Test("no subcommand's screen claims or shows a due prompt", arguments: subcommands)
    func noClaim(name: String) {
        var app = AppHarness(context: Self.evening) { Self.root(name, $0) }
        app.advance(by: 1)
        app.advance(by: 60)
        #expect(claims(app) == 0, "\(name) used up a prompt it could not offer")
        #expect(!app.screen.contains("◆"), "\(app.screen)")
        #expect(!app.screen.contains("Enter start"), "\(app.screen)")
    }

    @Test("tend pause: Enter begins the pause, not the check-in", arguments: sizes)
    func pauseKeepsEnter(size: Size) {
        var app = AppHarness(size: size, context: Self.evening) { Self.root("pause", $0) }
        app.advance(by: 1)
        expectSnapshot(app.snapshot, named: "shell-pause-prompt-due-\(size)")
        app.press(.enter)
        #expect(app.state.top is PauseScreen)
        #expect(app.state.screens.count == 1)
        guard let pause = app.state.top as? PauseScreen, case .running = pause.stage else {
            Issue.record("the pause did not begin: \(app.screen)"); return
        }
    }

    @Test("tend repair: Enter skips the breath and the sentence typed next is kept", arguments: sizes)
    func repairKeepsKeys(size: Size) {
        var app = AppHarness(size: size, context: Self.evening) { Self.root("repair", $0) }
        app.advance(by: 1)
        app.press(.enter)
        #expect(app.state.top is RepairScreen, "\(app.screen)")
        app.press(.enter)
        app.type("Zoë")
        app.press(.tab)
        app.type("I was short with you")
        guard let repair = app.state.top as? RepairScreen else { Issue.record("left the repair"); return }
        #expect(repair.who.text == "Zoë")
        #expect(repair.happened.text == "I was short with you")
        #expect(claims(app) == 0)
    }

    @Test("tend checkin and tend thanks: Enter and Esc stay the ritual's")
    func checkinAndThanks() {
        var checkin = AppHarness(context: Self.evening) { Self.root("checkin", $0) }
        checkin.advance(by: 1)
        checkin.press(.enter)
        #expect(checkin.screen.contains("Step 2 of 5"), "\(checkin.screen)")
        var thanks = AppHarness(context: Self.evening) { Self.root("thanks", $0) }
        thanks.advance(by: 1)
        thanks.type("Zoë")
        thanks.press(.enter)
        thanks.type("You sang")
        guard let screen = thanks.state.top as? ThanksScreen else { Issue.record("left the thanks screen"); return }
        #expect(screen.sentence.text == "You sang")
        thanks.press(.escape)
        #expect(thanks.state.exitStatus == nil, "Esc asks first; it does not dismiss a prompt")
    }

    @Test("opened from home, a ritual still gets the prompt once it is back home")
    func fromHomeStillOffered() {
        var app = AppHarness(root: HomeScreen(), context: Self.evening)
        app.press(.character("p"))
        app.advance(by: 1)
        #expect(claims(app) == 1)
        #expect(app.screen.contains("waits until you finish"))
        app.press(.escape)
        #expect(app.screen.contains("Enter start"), "\(app.screen)")
    }
}

/// Neither a banner nor a wake for a ritual already done that local day.
@Suite("Prompts for rituals already done")
struct DonePromptTests {
    static let bedtime = Fixtures.context(at: Fixtures.date(2026, 11, 23, 21, 29, 55))

    static func withAppreciation(at date: Date) -> ScreenContext {
        var context = bedtime
        let record = Record(.appreciation(Appreciation(person: "José", text: "You kept the soup warm.")),
                            at: LocalTime(date, in: Fixtures.zone))
        let morning = Record(.checkIn(CheckIn(mood: 4, intention: .listen, practice: "six-second-kiss")),
                             at: LocalTime(Fixtures.date(2026, 11, 23, 7, 0), in: Fixtures.zone))
        context.data.journal = RecentJournal(lines: [morning, record])
        return context
    }

    @Test("after tonight's appreciation the 21:30 banner does not come")
    func noBannerWhenDone() {
        var app = AppHarness(root: HomeScreen(), context: Self.withAppreciation(at: Fixtures.date(2026, 11, 23, 20, 0)))
        app.advance(by: 5)
        app.advance(by: 600)
        #expect(!app.screen.contains("◆"), "\(app.screen)")
        #expect(!app.effects.contains { if case .claimPrompt = $0 { return true } else { return false } })
    }

    @Test("a waiting bedtime banner goes once the appreciation is saved from the menu")
    func bannerGoesWhenDone() {
        var context = Self.bedtime
        context.data.journal = Self.withAppreciation(at: Fixtures.date(2026, 11, 22, 21, 0)).data.journal
        var app = AppHarness(root: HomeScreen(), context: context)
        app.advance(by: 5)
        #expect(app.screen.contains("◆ Bedtime appreciation"), "\(app.screen)")
        app.press(.character("t"))
        app.type("Zoë")
        app.press(.enter)
        app.type("You read to me when I was tired.")
        app.press(.enter)
        // Past the offer to send it and the question about the practice.
        for _ in 0..<2 where app.state.top is ThanksScreen { app.press(.escape) }
        #expect(app.state.topRoute == .home, "\(app.screen)")
        #expect(!app.screen.contains("◆"), "\(app.screen)")
    }

    @Test("the app does not wake for a ritual already done")
    func noWake() {
        let app = AppHarness(root: HomeScreen(), context: Self.withAppreciation(at: Fixtures.date(2026, 11, 23, 20, 0)))
        #expect(app.state.banner.nextWake(app.state.context) == Fixtures.date(2026, 11, 24, 7, 30), "tomorrow's morning, not 21:30")
    }
}
