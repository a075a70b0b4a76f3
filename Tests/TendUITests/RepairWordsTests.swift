import Foundation
import Testing
import TendCore
import TendJournalFormat
import TendScheduler
import TendTestSupport
@testable import TendUI

/// The repair that finds the words: their side, what was meant, a next
/// step, the draft, and what becomes of it (kept, copied, sent); and the
/// morning line after a "not yet".
@Suite("The repair's words")
struct RepairWordsTests {
    /// A repair with Ana up to the words: every answer given, the second next step picked.
    static func atTheWords(_ size: Size = Size(width: 80, height: 24), endsApp: Bool = false) -> AppHarness {
        var app = endsApp ? AppHarness(size: size) { RepairScreen(context: $0, endsApp: true) }
            : AppHarness(root: HomeScreen(), size: size).pressing(.character("r"))
        app.press(.enter, .enter)
        app.type("Ana")
        app.press(.enter)
        app.type("I kept typing while she talked")
        app.press(.enter)
        app.type("I was tired")
        app.press(.enter)
        app.type("you felt brushed aside")
        app.press(.enter)
        app.type("I wanted us to have the evening")
        app.press(.enter, .down, .down, .enter, .enter)
        return app
    }

    /// A repair from home up to their side: with `who`, after "a cold reply", my part left empty.
    func atTheirSide(with who: String, _ size: Size = Size(width: 80, height: 24)) -> AppHarness {
        var app = AppHarness(root: HomeScreen(), size: size).pressing(.character("r"))
        app.press(.enter, .enter)
        app.type(who)
        app.press(.enter)
        app.type("a cold reply")
        app.press(.enter, .enter)
        return app
    }

    static let draft = "I think I see how that was for you: you felt brushed aside. What I meant was this: I wanted us to "
        + "have the evening. What I would like to do next: hear your side first, then mine."

    @Test("the draft is made from the answers, and Enter keeps the repair with every new field")
    func keep() throws {
        var app = Self.atTheWords()
        #expect(app.screen.contains("Step 9 of 9 · Words"))
        #expect(app.screen.contains("│ I think I see how that was for you: you felt brushed aside."), "\(app.screen)")
        app.press(.enter)
        guard case .repair(let repair)? = app.saved.last?.payload else { Issue.record("no repair saved"); return }
        #expect(repair.forThem == "you felt brushed aside")
        #expect(repair.meant == "I wanted us to have the evening")
        #expect(repair.nextStep == "hear your side first, then mine")
        #expect(repair.words == Self.draft)
        #expect(app.state.topRoute == .home)
        #expect(app.screen.contains(PromptLibrary.builtIn.repairDraft.wordsKept))
    }

    @Test("e changes the words; the changed words are kept, and going back to an answer leaves them be")
    func edit() {
        var app = Self.atTheWords()
        app.press(.character("e"), .control("u"))
        app.type("I'm sorry I kept typing. Can we talk tonight?")
        app.press(.enter)
        #expect(app.screen.contains("│ I'm sorry I kept typing. Can we talk tonight?"))
        app.press(.escape, .escape, .control("u"))   // back to the next step, cleared
        app.press(.enter, .enter)
        #expect(app.screen.contains("│ I'm sorry I kept typing."), "\(app.screen)")
        app.press(.enter)
        guard case .repair(let repair)? = app.saved.last?.payload else { Issue.record("no repair saved"); return }
        #expect(repair.words == "I'm sorry I kept typing. Can we talk tonight?")
        #expect(repair.nextStep == nil)
    }

    @Test("Esc while changing the words puts them back as they were")
    func cancelEdit() {
        var app = Self.atTheWords()
        app.press(.character("e"), .control("u"), .escape)
        #expect(app.screen.contains("│ I think I see how that was for you"))
        #expect(app.state.top is RepairScreen)
    }

    @Test("their side is asked about by name; a long name wraps the question at 40 columns, whole")
    func askedByName() {
        let app = atTheirSide(with: "Ana")
        #expect(app.screen.contains("What was it like for Ana?"), "\(app.screen)")

        let narrow = atTheirSide(with: "my brother-in-law Sam", Size(width: 40, height: 12))
        #expect(narrow.screen.contains("  What was it like for my\n  brother-in-law Sam?\n"), "\(narrow.screen)")
    }

    @Test("their side gets the no-verdict nudge once; Enter again keeps it")
    func forThemNudge() {
        var app = atTheirSide(with: "Ana")
        app.type("you never listen")
        app.press(.enter)
        #expect(app.screen.contains("Step 5 of 9"))
        #expect(app.screen.contains(PromptLibrary.builtIn.repairDraft.forThemNudge))
        app.press(.enter)
        #expect(app.screen.contains("Step 6 of 9"))
    }

    @Test("c saves, then copies the words and says honestly how")
    func copy() {
        var app = Self.atTheWords(endsApp: true)
        app.copyResult = .copied(tool: "tmux")
        app.press(.character("c"))
        #expect(app.saved.count == 1)
        #expect(app.copiedTexts == [Self.draft])
        #expect(app.state.exitStatus == 0)
        #expect(app.effects.contains(.leaveWord("Saved your repair with Ana. " + PromptLibrary.builtIn.sending.copiedTmux)))
    }

    @Test("when nothing can copy, the words are shown plainly to select, at every size",
          arguments: [Size(width: 80, height: 24), Size(width: 40, height: 12)])
    func copyUnavailable(size: Size) {
        var app = Self.atTheWords(size)
        app.copyResult = .unavailable
        app.press(.character("c"))
        #expect(app.saved.count == 1)
        #expect(app.state.top is RepairScreen)
        expectSnapshot(app.snapshot, named: "repair-words-plain-\(size)")
        app.press(.enter)
        #expect(app.state.topRoute == .home)
    }

    @Test("s saves, then offers to send the words to the person; a send marks the repair sent",
          arguments: [Size(width: 80, height: 24), Size(width: 40, height: 12)])
    func send(size: Size) throws {
        var app = Self.atTheWords(size)
        app.people = PeopleBook([Contact(name: "Ana", way: .email("ana@example.org"))])
        app.press(.character("s"))
        #expect(app.saved.count == 1)
        expectSnapshot(app.snapshot, named: "repair-words-send-offer-\(size)")
        app.press(.enter)
        app.advance(by: 0.1)
        let plan = try #require(app.sentPlans.first)
        #expect(plan.message.text == Self.draft && plan.message.invite == nil)
        #expect(plan.message.subject == PromptLibrary.builtIn.repairDraft.wordsSubject)
        let repair = try #require(app.saved.first)
        let marked = History(app.saved).records.first { $0.id == repair.id }
        guard case .repair(let r)? = marked?.payload else { Issue.record("the repair is gone"); return }
        #expect(r.sent != nil && r.via == .command)
        #expect(app.state.topRoute == .home)
    }

    @Test("the morning after a not yet, one line offers to try again, once; Enter opens a repair with them")
    func nextMorning() {
        let yesterday = Record(.repair(Repair(who: "Ana", latency: .justNow, happened: "a cold reply", landed: false)),
                               at: LocalTime(Fixtures.date(2026, 11, 22, 18, 0), in: Fixtures.zone))
        var context = Fixtures.context(at: Fixtures.date(2026, 11, 23, 7, 29, 55))
        context.data.journal = RecentJournal(lines: [yesterday])
        context.data.fired = [Firing(promptID: .morning, day: context.today)]
        var app = AppHarness(root: HomeScreen(), size: Size(width: 80, height: 24), context: context)
        #expect(!app.screen.contains("Yesterday's repair"))
        app.advance(by: 5)
        #expect(app.screen.contains("Yesterday's repair with Ana: try again today?"), "\(app.screen)")
        expectSnapshot(app.snapshot, named: "repair-again-line-80x24")
        app.press(.character("s"))
        #expect(app.screen.contains("Yesterday's repair with Ana"), "it comes once, so it is not snoozed")
        app.press(.enter)
        #expect(app.state.top is RepairScreen)
        app.press(.enter, .enter)
        #expect(app.screen.contains("Ana"))
        #expect(app.effects.contains { if case .claimPrompt(let due) = $0 { return due.prompt.kind == .repairAgain(who: "Ana", repair: yesterday.id) } else { return false } })
    }

    @Test("the morning line comes before the morning's check-in prompt, which follows it; at 40x12 in fewer words")
    func lineBeforeTheMorningPrompt() {
        let yesterday = Record(.repair(Repair(who: "Ana", latency: .justNow, landed: false)),
                               at: LocalTime(Fixtures.date(2026, 11, 22, 18, 0), in: Fixtures.zone))
        var context = Fixtures.context(at: Fixtures.date(2026, 11, 23, 7, 29, 55))
        context.data.journal = RecentJournal(lines: [yesterday])
        var app = AppHarness(root: HomeScreen(), size: Size(width: 40, height: 12), context: context)
        app.advance(by: 5)
        #expect(app.screen.contains("◆ Try again with Ana today?"), "said whole, in fewer words: \(app.screen)")
        expectSnapshot(app.snapshot, named: "repair-again-line-40x12")
        app.press(.escape)
        #expect(app.screen.contains("Morning check-in"), "\(app.screen)")
    }

    @Test("Esc skips the morning line, and it does not come back")
    func skipMorningLine() {
        let yesterday = Record(.repair(Repair(who: "Ana", latency: .justNow, landed: false)),
                               at: LocalTime(Fixtures.date(2026, 11, 22, 18, 0), in: Fixtures.zone))
        var context = Fixtures.context(at: Fixtures.date(2026, 11, 23, 7, 31))
        context.data.journal = RecentJournal(lines: [yesterday])
        context.data.fired = [Firing(promptID: .morning, day: context.today)]
        var app = AppHarness(root: HomeScreen(), context: context)
        app.advance(by: 1)
        #expect(app.screen.contains("Yesterday's repair with Ana"))
        app.press(.escape)
        app.advance(by: 120)
        #expect(!app.screen.contains("Yesterday's repair"))
        #expect(app.state.topRoute == .home)
    }
}
