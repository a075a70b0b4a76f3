import Testing
import TendCore
import TendJournalFormat
import TendTestSupport
@testable import TendUI

@Suite("The guided repair")
struct RepairScreenTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 40, height: 12)]

    func start(_ size: Size = Size(width: 80, height: 24)) -> AppHarness {
        AppHarness(root: HomeScreen(), size: size).pressing(.character("r"))
    }

    @Test("every step, at every size", arguments: sizes)
    func steps(size: Size) {
        var app = start(size)
        app.advance(by: 0.6)
        expectSnapshot(app.snapshot, named: "repair-1-breath-\(size)")
        app.advance(by: RepairScreen.breathSeconds)
        expectSnapshot(app.snapshot, named: "repair-2-when-\(size)")
        app.press(.character("2"))
        app.type("Sam")
        app.press(.enter)
        app.type("I snapped about the dishes")
        expectSnapshot(app.snapshot, named: "repair-3-what-\(size)")
        app.press(.enter)
        app.type("I was tired")
        expectSnapshot(app.snapshot, named: "repair-4-my-part-\(size)")
        app.press(.enter)
        expectSnapshot(app.snapshot, named: "repair-5-for-them-\(size)")
        app.type("you felt left with all of it")
        expectSnapshot(app.snapshot, named: "repair-5-for-them-written-\(size)")
        app.press(.enter)
        app.type("I wanted us to have the evening")
        expectSnapshot(app.snapshot, named: "repair-6-meant-\(size)")
        app.press(.enter)
        expectSnapshot(app.snapshot, named: "repair-7-next-step-\(size)")
        app.press(.down, .down)
        expectSnapshot(app.snapshot, named: "repair-7-next-step-picked-\(size)")
        app.press(.enter)
        expectSnapshot(app.snapshot, named: "repair-8-gesture-\(size)")
        app.press(.enter)
        expectSnapshot(app.snapshot, named: "repair-9-words-\(size)")
        app.press(.character("e"))
        app.press(.control("w"), .control("w"))
        app.type("talk tonight.")
        expectSnapshot(app.snapshot, named: "repair-9-words-editing-\(size)")
    }

    @Test("the breath lasts three seconds, then asks how long ago")
    func breath() {
        var app = start()
        #expect(app.screen.contains("Step 1 of 9"))
        app.advance(by: RepairScreen.breathSeconds - 0.1)
        #expect(app.screen.contains("Step 1 of 9"))
        app.advance(by: 0.1)
        #expect(app.screen.contains("How long ago was it?"))
    }

    @Test("only the last Enter saves, with who, how soon, what, my part and the way back")
    func saves() {
        var app = start()
        app.press(.enter)                       // skip the breath
        app.press(.right, .right, .enter)       // earlier today
        app.type("Zoë 🚲")
        app.press(.enter)
        app.type("I snapped about the bike")
        app.press(.enter, .enter)               // no part of mine
        app.press(.enter, .enter, .enter)       // their side, my meaning, a next step: all skipped
        app.press(.character("n"))              // another way back
        let offered = app.screen
        app.press(.enter)
        #expect(app.saved.isEmpty)
        app.press(.enter)
        guard case .repair(let repair)? = app.saved.last?.payload else { Issue.record("no repair saved"); return }
        #expect(repair.who == "Zoë 🚲")
        #expect(repair.latency == .today)
        #expect(repair.happened == "I snapped about the bike")
        #expect(repair.myPart == nil)
        #expect(repair.forThem == nil && repair.meant == nil && repair.nextStep == nil)
        #expect(repair.words == PromptLibrary.builtIn.repairDraft.draftEmpty)
        let gesture = repair.gesture.flatMap { PracticeLibrary.builtIn.practice(withID: $0) }
        #expect(gesture.map { offered.contains($0.name) } == true)
        #expect(app.state.topRoute == .home)
        #expect(app.screen.contains(PromptLibrary.builtIn.repairDraft.wordsKept))
    }

    @Test("Esc steps back through every step, and from the breath asks before leaving with nothing saved")
    func back() {
        var app = start()
        app.press(.enter, .character("1"))
        app.type("Sam")
        app.press(.enter)
        app.type("a cold reply")
        app.press(.enter, .enter, .enter, .enter, .enter, .enter)
        #expect(app.screen.contains("Step 9 of 9"))
        for step in (1...8).reversed() {
            app.press(.escape)
            #expect(app.screen.contains("Step \(step) of 9"), "\(app.screen)")
        }
        #expect(app.state.topRoute == .repair())
        app.press(.escape)
        #expect(app.state.top is RepairScreen, "words were written: Esc asks first")
        #expect(app.screen.contains("Leave without saving? Esc again leaves"), "\(app.screen)")
        app.press(.escape)
        #expect(app.state.topRoute == .home)
        #expect(app.saved.isEmpty)
        #expect(app.screen.contains(PromptLibrary.builtIn.repair.left))
    }

    @Test("the text survives a step back and forth")
    func keepsText() {
        var app = start()
        app.press(.enter, .enter)
        app.type("Sam")
        app.press(.enter)
        app.type("a cold reply")
        app.press(.enter)
        app.press(.escape)
        #expect(app.screen.contains("a cold reply"))
        #expect(app.screen.contains("Sam"))
    }

    @Test("a verdict line gets one nudge; Enter again keeps it")
    func verdictNudge() {
        var app = start()
        app.press(.enter, .enter)
        app.type("Sam")
        app.press(.enter)
        app.type("You never listen")
        app.press(.enter)
        #expect(app.screen.contains("Step 3 of 9"))
        #expect(app.screen.contains(PromptLibrary.builtIn.repair.blameNudge))
        app.press(.enter)
        #expect(app.screen.contains("Step 4 of 9"))
    }

    @Test("who it was with and what happened are both needed")
    func needsWhoAndWhat() {
        var app = start()
        app.press(.enter, .enter, .tab)
        app.type("a cold reply")
        app.press(.enter)
        #expect(app.screen.contains("Who was it with?"))
        #expect(app.screen.contains("Step 3 of 9"))
        app.type("Sam")
        app.press(.enter)
        app.press(.control("u"))
        app.press(.enter)
        #expect(app.screen.contains("A few words are enough."))
        #expect(app.screen.contains("Step 3 of 9"))
    }

    @Test("q is a letter while writing, and a name used before completes with Tab")
    func typing() {
        var context = Fixtures.context()
        context.data.journal = RecentJournal(lines: [RecordSamples.appreciation(1, person: "Quentin")])
        var app = AppHarness(root: RepairScreen(context: context), context: context)
        app.press(.enter, .enter)
        app.type("q")
        app.press(.tab)
        app.type("quiet dinner")
        #expect(app.state.top is RepairScreen)
        #expect(app.screen.contains("Quentin"))
        #expect(app.screen.contains("quiet dinner"))
    }

    @Test("n offers another way back, and they come round again")
    func anotherGesture() {
        var app = start()
        app.press(.enter, .enter)
        app.type("Sam")
        app.press(.enter)
        app.type("a cold reply")
        app.press(.enter, .enter, .enter, .enter, .enter)
        let first = app.screen
        app.press(.character("n"))
        #expect(app.screen != first)
        for _ in 1..<PromptLibrary.builtIn.repair.gestures.count { app.press(.character("n")) }
        #expect(app.screen == first)
    }

    @Test("a failed save keeps the words on screen and says why")
    func failedSave() {
        var app = start()
        app.savesFail = true
        app.press(.enter, .enter)
        app.type("Sam")
        app.press(.enter)
        app.type("a cold reply")
        app.press(.enter, .enter, .enter, .enter, .enter, .enter, .enter)
        #expect(app.state.topRoute == .repair())
        #expect(app.screen.contains("Step 9 of 9"))
        #expect(app.screen.contains(PromptLibrary.builtIn.repairDraft.draftEmpty))
        #expect(app.screen.contains("disk is full"))
    }
}

extension AppHarness {
    /// The harness after pressing `keys`.
    func pressing(_ keys: Key...) -> AppHarness {
        var copy = self
        for key in keys { copy.press(key) }
        return copy
    }
}
