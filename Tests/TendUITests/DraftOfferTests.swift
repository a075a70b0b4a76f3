import Foundation
import Testing
import TendCore
import TendTestSupport
@testable import TendUI

/// A draft an earlier session left is offered back on the next start:
/// "You were writing to Zoë: keep going / discard".
@Suite("Offering a draft back")
struct DraftOfferTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 40, height: 12)]

    static let appreciation = Draft(kind: .appreciation, id: "appreciation-1796247601-1a2b", step: "sentence",
                                    words: ["person": "Zoë", "text": "You sang in the kitchen while the rice"])
    static let repair = Draft(kind: .repair, id: "repair-1796247601-3c4d", step: "my-part",
                              words: ["who": "Sam", "happened": "I snapped about the dishes", "myPart": "tired"],
                              choices: ["latency": 1, "gestureOffset": 2, "focus": 1])
    static let checkIn = Draft(kind: .checkIn, id: "check-in-1796247601-5e6f", step: "person",
                               words: ["person": "Ana"], choices: ["mood": 4, "intention": 1, "practiceOffset": 1])

    static func context(_ drafts: [Draft]) -> ScreenContext {
        var context = Fixtures.context(at: Fixtures.date(2026, 11, 23, 21, 40))
        context.data.drafts = drafts
        return context
    }

    @Test("on home, the offer names the person and shows the words", arguments: sizes)
    func offerOnHome(size: Size) {
        let app = AppHarness(root: HomeScreen(), size: size, context: Self.context([Self.appreciation]))
        #expect(app.state.top is DraftOfferScreen)
        #expect(app.screen.contains("You were writing to Zoë."), "\(app.screen)")
        #expect(app.screen.contains("keep going"))
        #expect(app.screen.contains("discard"))
        expectSnapshot(app.snapshot, named: "draft-offer-thanks-\(size)")
    }

    @Test("a repair's offer, at every size", arguments: sizes)
    func repairOffer(size: Size) {
        let app = AppHarness(root: HomeScreen(), size: size, context: Self.context([Self.repair]))
        #expect(app.screen.contains("with Sam."), "\(app.screen)")
        expectSnapshot(app.snapshot, named: "draft-offer-repair-\(size)")
    }

    @Test("keep going opens the ritual with every word in place, and saving removes the draft")
    func keepGoing() throws {
        var app = AppHarness(root: HomeScreen(), context: Self.context([Self.appreciation]))
        app.press(.enter)
        let thanks = try #require(app.state.top as? ThanksScreen)
        #expect(thanks.person.text == "Zoë")
        #expect(thanks.sentence.text == "You sang in the kitchen while the rice")
        #expect(thanks.focus == .sentence)
        app.type(" cooked.")
        let kept = app.effects.compactMap { if case .keepDraft(let d) = $0 { return d } else { return nil } }
        #expect(kept.last?.id == Self.appreciation.id, "the same file goes on being written")
        app.press(.enter)
        guard case .appreciation(let saved)? = app.saved.last?.payload else { Issue.record("not saved"); return }
        #expect(saved.text == "You sang in the kitchen while the rice cooked.")
        #expect(app.effects.contains { if case .dropDraft(Self.appreciation.id) = $0 { return true } else { return false } })
    }

    @Test("discard removes the draft and goes home")
    func discard() {
        var app = AppHarness(root: HomeScreen(), context: Self.context([Self.appreciation]))
        app.press(.character("d"))
        #expect(app.state.topRoute == .home)
        #expect(app.effects.contains { if case .dropDraft(Self.appreciation.id) = $0 { return true } else { return false } })
        #expect(app.screen.contains("Discarded."))
    }

    @Test("Esc puts it off: nothing is removed, and a new appreciation gets its own draft")
    func later() {
        var app = AppHarness(root: HomeScreen(), context: Self.context([Self.appreciation]))
        app.press(.escape)
        #expect(app.state.topRoute == .home)
        app.press(.character("t"))
        app.type("Ana")
        let kept = app.effects.compactMap { if case .keepDraft(let d) = $0 { return d } else { return nil } }
        #expect(!kept.isEmpty)
        #expect(kept.allSatisfy { $0.id != Self.appreciation.id }, "the draft put off is never written over")
        #expect(!app.effects.contains { if case .dropDraft = $0 { return true } else { return false } })
    }

    @Test("a repair and a check-in come back at their step, with their choices")
    func resumeChoices() throws {
        var app = AppHarness(root: HomeScreen(), context: Self.context([Self.checkIn, Self.repair]))
        #expect(app.screen.contains("check-in, for Ana"), "newest first: \(app.screen)")
        app.press(.enter)
        let checkIn = try #require(app.state.top as? CheckInScreen)
        #expect(checkIn.step == .person)
        #expect(checkIn.mood == 4)
        #expect(checkIn.intention == 1)
        #expect(checkIn.practiceOffset == 1)
        #expect(checkIn.draft?.words == Self.checkIn.words)
        app.press(.enter, .enter)
        #expect(app.saved.count == 1)
        #expect(app.state.top is DraftOfferScreen, "then the next draft: \(app.screen)")
        app.press(.enter)
        let repair = try #require(app.state.top as? RepairScreen)
        #expect(repair.step == .myPart)
        #expect(repair.draft == Self.repair, "every word and choice, and the same id")
    }

    @Test("from the shell, only a draft of the ritual opened is offered, and keeping going still ends at the shell")
    func shellRoot() throws {
        var app = AppHarness(root: ThanksScreen(endsApp: true), context: Self.context([Self.repair, Self.appreciation]))
        #expect(app.state.screens.count == 2)
        #expect(app.screen.contains("You were writing to Zoë."), "\(app.screen)")
        app.press(.enter)
        #expect(app.state.screens.count == 1)
        #expect((app.state.top as? ThanksScreen)?.sentence.text == Self.appreciation["text"])
        app.press(.enter)
        // Past the offer to send it: this time it stays private.
        app.press(.escape)
        #expect(app.state.exitStatus == 0)
        let words = app.effects.compactMap { if case .leaveWord(let line) = $0 { return line } else { return nil } }
        #expect(words == ["Saved your appreciation for Zoë."])
        let pause = AppHarness(context: Self.context([Self.repair, Self.appreciation])) { PauseScreen(endsApp: true, context: $0) }
        #expect(pause.state.screens.count == 1, "a pause has no drafts to offer")
    }
}
