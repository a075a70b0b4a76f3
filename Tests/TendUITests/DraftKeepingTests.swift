import Foundation
import Testing
import TendCore
import TendJournalFormat
import TendTestSupport
@testable import TendUI

/// Words being written are kept on disk as a draft (one write per change)
/// and removed once saved or let go.
@Suite("Drafts of unfinished rituals")
struct DraftKeepingTests {
    static let evening = Fixtures.context(at: Fixtures.date(2026, 11, 23, 21, 40))

    func kept(_ app: AppHarness) -> [Draft] {
        app.effects.compactMap { if case .keepDraft(let draft) = $0 { return draft } else { return nil } }
    }

    func dropped(_ app: AppHarness) -> [String] {
        app.effects.compactMap { if case .dropDraft(let id) = $0 { return id } else { return nil } }
    }

    @Test("each change to an appreciation rewrites its one draft; saving removes it")
    func appreciation() throws {
        var app = AppHarness(root: HomeScreen(), context: Self.evening)
        app.press(.character("t"))
        #expect(kept(app).isEmpty, "nothing written, nothing kept")
        app.type("Zoë")
        app.press(.enter)
        app.type("You sang")
        let drafts = kept(app)
        #expect(drafts.count == 3 + 1 + 8, "one write per change")
        let last = try #require(drafts.last)
        #expect(last.kind == .appreciation)
        #expect(last.words == ["person": "Zoë", "text": "You sang"])
        #expect(last.step == "sentence")
        #expect(Set(drafts.map(\.id)).count == 1, "one file for the whole draft")
        #expect(Draft.isValidID(last.id))
        app.press(.enter)
        #expect(app.saved.count == 1)
        #expect(dropped(app) == [last.id])
    }

    @Test("Esc twice lets the words go and removes the draft")
    func letGo() {
        var app = AppHarness(root: HomeScreen(), context: Self.evening)
        app.press(.character("t"))
        app.type("Zoë")
        let id = kept(app).last?.id
        #expect(id != nil)
        app.press(.escape, .escape)
        #expect(app.state.topRoute == .home)
        #expect(dropped(app) == [id ?? ""])
    }

    @Test("a repair, a check-in and a balance note are kept too")
    func otherKinds() {
        var repair = AppHarness(root: HomeScreen(), context: Self.evening)
        repair.press(.character("r"), .enter, .enter)
        repair.type("Sam")
        #expect(kept(repair).last?.kind == .repair)
        #expect(kept(repair).last?.words["who"] == "Sam")
        var checkIn = AppHarness(root: HomeScreen(), context: Self.evening)
        checkIn.press(.character("m"), .character("4"))
        #expect(kept(checkIn).last?.kind == .checkIn)
        #expect(kept(checkIn).last?.choices["mood"] == 4)
        var tally = AppHarness(root: HomeScreen(), context: Self.evening)
        tally.press(.character("-"))
        tally.type("snapped")
        #expect(kept(tally).last?.kind == .tally)
        #expect(kept(tally).last?.choices["tone"] == 0)
    }

    @Test("once saved, the bedtime questions keep no draft")
    func questionsKeepNothing() {
        var context = Self.evening
        context.data.journal = RecentJournal(lines: [Record(.checkIn(CheckIn(mood: 4, intention: .listen, practice: "six-second-kiss")),
                                                           at: LocalTime(Fixtures.date(2026, 11, 23, 7, 0), in: Fixtures.zone))])
        var app = AppHarness(root: HomeScreen(), context: context)
        app.press(.character("t"))
        app.type("Zoë")
        app.press(.enter)
        app.type("You read to me.")
        app.press(.enter)
        // Past the offer to send it: this time it stays private.
        app.press(.escape)
        #expect(app.screen.contains("you chose: The six-second kiss."), "\(app.screen)")
        #expect(dropped(app).count == 1)
        #expect(!(app.state.top.hasDraft))
    }

    @Test("a failed save keeps the draft")
    func failedSaveKeeps() {
        var app = AppHarness(root: HomeScreen(), context: Self.evening)
        app.savesFail = true
        app.press(.character("t"))
        app.type("Zoë")
        app.press(.enter)
        app.type("You read to me.")
        app.press(.enter)
        #expect(dropped(app).isEmpty)
        #expect(kept(app).last?.words["text"] == "You read to me.", "the words stay on disk too")
    }

    @Test("a ritual from the shell removes its draft once saved, though its screen stays up to the end")
    func shellRitualSaved() {
        var app = AppHarness(root: RepairScreen(context: Self.evening, endsApp: true), context: Self.evening)
        app.press(.enter, .enter)
        app.type("Sam")
        app.press(.tab)
        app.type("I was short")
        app.press(.enter, .enter, .enter, .enter, .enter, .enter, .enter)
        #expect(app.state.exitStatus == 0)
        #expect(app.saved.count == 1)
        #expect(dropped(app) == [kept(app).last?.id ?? ""])
    }
}
