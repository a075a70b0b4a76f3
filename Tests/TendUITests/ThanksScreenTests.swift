import Foundation
import Testing
import TendCore
import TendJournalFormat
import TendTestSupport
@testable import TendUI

@Suite("The bedtime appreciation")
struct ThanksScreenTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 40, height: 12)]
    static let evening = Fixtures.context(at: Fixtures.date(2026, 11, 23, 21, 30))

    @Test("writing, at every size", arguments: sizes)
    func writing(size: Size) {
        var app = AppHarness(root: ThanksScreen(), size: size, context: Self.evening)
        expectSnapshot(app.snapshot, named: "thanks-empty-\(size)")
        app.type("Zoë")
        app.press(.enter)
        app.type("I love how you hummed while fixing my bike 🚲")
        expectSnapshot(app.snapshot, named: "thanks-written-\(size)")
    }

    @Test("Enter saves the person and the sentence exactly as typed")
    func saves() {
        var app = AppHarness(root: ThanksScreen(), context: Self.evening)
        app.type("José")
        app.press(.tab)
        app.type("You made dinner feel like a party 🎉")
        app.press(.enter)
        guard case .appreciation(let a)? = app.saved.last?.payload else { Issue.record("not saved"); return }
        #expect(a.person == "José")
        #expect(a.text == "You made dinner feel like a party 🎉")
    }

    @Test("a generic sentence gets one gentle nudge, and a second Enter saves it anyway")
    func nudge() {
        var app = AppHarness(root: ThanksScreen(), context: Self.evening)
        app.type("Sam")
        app.press(.enter)
        app.type("thanks for everything")
        app.press(.enter)
        #expect(app.saved.isEmpty)
        #expect(app.screen.contains("Enter again saves it as it is."))
        app.press(.enter)
        #expect(app.saved.count == 1)
    }

    @Test("when saving fails the words stay on screen with the reason")
    func failure() {
        var app = AppHarness(root: ThanksScreen(), context: Self.evening)
        app.savesFail = true
        app.type("Ana")
        app.press(.enter)
        app.type("You waited for me in the rain today")
        app.press(.enter)
        #expect(app.screen.contains("You waited for me in the rain today"))
        #expect(app.screen.contains("disk is full"))
        #expect(app.state.top is ThanksScreen)
    }

    @Test("q and ? are letters here, not commands")
    func lettersAreText() {
        var app = AppHarness(root: ThanksScreen(), context: Self.evening)
        app.type("q?")
        #expect(app.state.exitStatus == nil)
        #expect(app.screen.contains("q?"))
    }

    @Test("Esc with words written asks before leaving")
    func leaveAsks() {
        var app = AppHarness(root: HomeScreen(), context: Self.evening)
        app.press(.character("t"))
        app.type("Mia")
        app.press(.escape)
        #expect(app.state.topRoute == .thanks())
        app.press(.escape)
        #expect(app.state.topRoute == .home)
        #expect(app.screen.contains("Nothing saved."))
    }

    @Test("after saving, one key records whether this morning's practice happened")
    func practiceDone() {
        var app = AppHarness(root: HomeScreen(), context: Self.evening)
        app.press(.character("m"), .character("3"), .character("1"), .enter, .enter, .enter)
        app.press(.character("t"))
        app.type("Kai")
        app.press(.enter)
        app.type("You laughed at my terrible joke at lunch")
        app.press(.enter)
        #expect(app.screen.contains("Send it to Kai?"))
        app.press(.escape)
        #expect(app.screen.contains(Self.morningQuestion(app)))
        app.press(.character("y"))
        guard case .edit(let edit)? = app.saved.last?.payload else { Issue.record("no answer saved"); return }
        #expect(edit.set["practiceDone"] == .bool(true))
        #expect(app.state.topRoute == .home)
        #expect(app.state.context.data.journal.checkIns(on: app.state.context.today).last?.checkIn.practiceDone == true)
    }

    /// The evening question of the card chosen in this morning's check-in.
    static func morningQuestion(_ app: AppHarness) -> String {
        let data = app.state.context.data
        let id = data.journal.checkIns(on: app.state.context.today).last?.checkIn.practice ?? ""
        return data.practices.practice(withID: id).map(data.prompts.followUp(for:)) ?? "no check-in today"
    }

    @Test("the follow-up asks the morning card's own question, at every size", arguments: sizes)
    func practiceQuestion(size: Size) {
        var app = AppHarness(root: HomeScreen(), size: size, context: Self.evening)
        app.press(.character("m"), .character("3"), .character("1"), .enter, .enter, .enter)
        app.press(.character("t"))
        app.type("Kai")
        app.press(.enter)
        app.type("You laughed at my terrible joke at lunch")
        app.press(.enter)
        // Past the offer to send it: this time it stays private.
        app.press(.escape)
        let question = Self.morningQuestion(app)
        #expect(question != PromptLibrary.builtIn.followUpDefault && question.hasSuffix("?"))
        let words = question.split(separator: " ").map(String.init)
        #expect(words.allSatisfy(app.screen.contains), "\(question) not on screen")
        expectSnapshot(app.snapshot, named: "thanks-follow-up-\(size)")
    }

    @Test("a custom card without a question of its own gets the gentle default")
    func customCardDefaultQuestion() throws {
        let card = CustomCards.teaAtFour()
        var context = Self.evening
        context.data.practices = PracticeLibrary.load(customText: card)
        let tea = try #require(context.data.practices.practice(withID: "tea-at-four"))
        #expect(tea.followUp == PromptLibrary.builtIn.followUpDefault)
        context.data.journal = RecentJournal(lines: [Record(
            id: RecordSamples.id(1), time: RecordSamples.time("2026-11-23T07:00:00+00:00"),
            payload: .checkIn(CheckIn(mood: 3, intention: .notice, practice: tea.id)))])
        var app = AppHarness(root: ThanksScreen(), context: context)
        app.type("Kai")
        app.press(.enter)
        app.type("You brought me tea at four")
        app.press(.enter)
        // Past the offer to send it: this time it stays private.
        app.press(.escape)
        #expect(app.screen.contains("This morning you chose: Tea at four."))
        #expect(app.screen.contains(PromptLibrary.builtIn.followUpDefault))
    }

    @Test("after the practice, it asks whether today's repair landed; Esc passes a question over")
    func repairLanded() {
        var app = AppHarness(root: HomeScreen(), context: Self.evening)
        app.press(.character("m"), .character("3"), .character("1"), .enter, .enter, .enter)
        app.press(.character("r"), .enter, .enter)
        app.type("Kai")
        app.press(.enter)
        app.type("I was short with Kai at lunch")
        app.press(.enter, .enter, .enter, .enter, .enter, .enter, .enter)
        app.press(.character("t"))
        app.type("Kai")
        app.press(.enter)
        app.type("You forgave me before I finished the sentence")
        app.press(.enter, .escape)
        #expect(app.screen.contains(Self.morningQuestion(app)))
        app.press(.escape)
        #expect(app.screen.contains(PromptLibrary.builtIn.repair.landedQuestion(name: "Kai")))
        app.press(.character("y"))
        guard case .edit(let edit)? = app.saved.last?.payload else { Issue.record("no answer saved"); return }
        #expect(edit.set["landed"] == .bool(true))
        #expect(app.state.topRoute == .home)
        let repairs = app.state.context.data.journal.records.compactMap { record -> Repair? in
            if case .repair(let repair) = record.payload { return repair } else { return nil }
        }
        #expect(repairs.map(\.landed) == [true])
    }

    @Test("with nothing to ask about, saving goes straight home")
    func nothingToAsk() {
        var app = AppHarness(root: HomeScreen(), context: Self.evening)
        app.press(.character("t"))
        app.type("Kai")
        app.press(.enter)
        app.type("You carried the shopping up four floors")
        app.press(.enter, .escape)
        #expect(app.state.topRoute == .home)
        #expect(app.screen.contains("Kept private, in your journal. Sleep well."))
    }
}
