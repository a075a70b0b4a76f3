import Testing
import TendCore
import TendJournalFormat
import TendTestSupport
@testable import TendUI

@Suite("The morning check-in")
struct CheckInScreenTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 40, height: 12)]

    func start(_ size: Size = Size(width: 80, height: 24), context: ScreenContext = Fixtures.context()) -> AppHarness {
        AppHarness(size: size, context: context) { CheckInScreen(context: $0) }
    }

    @Test("every step, at every size", arguments: sizes)
    func steps(size: Size) {
        var app = start(size)
        expectSnapshot(app.snapshot, named: "checkin-1-mood-\(size)")
        app.press(.character("4"))
        expectSnapshot(app.snapshot, named: "checkin-2-intention-\(size)")
        app.press(.character("2"))
        expectSnapshot(app.snapshot, named: "checkin-3-practice-\(size)")
        app.press(.enter)
        app.type("Zoë")
        expectSnapshot(app.snapshot, named: "checkin-4-person-\(size)")
        app.press(.enter)
        expectSnapshot(app.snapshot, named: "checkin-5-summary-\(size)")
    }

    @Test("only the final Enter saves, with what was chosen")
    func saves() {
        var app = start()
        app.press(.right, .enter)          // mood 4
        app.press(.character("3"))         // encourage
        app.press(.enter)                  // take the practice
        app.type("Sam")
        app.press(.enter)
        #expect(app.saved.isEmpty)
        app.press(.enter)
        guard case .checkIn(let checkIn)? = app.saved.last?.payload else {
            Issue.record("no check-in saved"); return
        }
        #expect(checkIn.mood == 4)
        #expect(checkIn.intention == .encourage)
        #expect(checkIn.person == "Sam")
    }

    @Test("n suggests another practice")
    func another() {
        var app = start()
        app.press(.character("3"), .character("1"))
        let first = app.screen
        app.press(.character("n"))
        #expect(app.screen != first)
    }

    @Test("Esc goes back a step, and from the first step leaves saying nothing was saved")
    func back() {
        var app = AppHarness(root: HomeScreen())
        app.press(.character("m"))
        app.press(.character("3"))
        #expect(app.screen.contains("Step 2 of 5"))
        app.press(.escape)
        #expect(app.screen.contains("Step 1 of 5"))
        app.press(.escape)
        #expect(app.state.topRoute == .home)
        #expect(app.screen.contains("Nothing saved."))
        #expect(app.saved.isEmpty)
    }

    @Test("checking in twice the same day asks to replace or add; replace deletes the first")
    func twice() {
        var app = AppHarness(root: HomeScreen())
        app.press(.character("m"), .character("3"), .character("1"), .enter, .enter, .enter)
        #expect(app.saved.count == 1)
        let first = app.saved[0].id
        app.press(.character("m"))
        #expect(app.screen.contains("Replace it with a fresh one, or add another?"))
        app.press(.character("r"), .character("5"), .character("1"), .enter, .enter, .enter)
        guard case .delete(let delete)? = app.saved.dropLast().last?.payload else {
            Issue.record("the earlier check-in was not replaced"); return
        }
        #expect(delete.target == first)
        #expect(app.state.context.data.journal.checkIns(on: app.state.context.today).count == 1)
    }

    @Test("a failed save keeps the summary on screen and says why")
    func failedSave() {
        var app = start()
        app.press(.character("3"), .character("1"), .enter, .enter)
        app.savesFail = true
        app.press(.enter)
        #expect(app.screen.contains("Summary"))
        #expect(app.screen.contains("disk is full"))
    }

    @Test("the name field completes a name used before")
    func completion() {
        let journal = RecentJournal(lines: [Record(.appreciation(Appreciation(person: "José", text: "You made soup.")),
                                                   at: LocalTime(Fixtures.morning.addingTimeInterval(-86_400), in: Fixtures.zone))])
        var context = Fixtures.context()
        context.data.journal = journal
        var app = start(context: context)
        app.press(.character("3"), .character("1"), .enter)
        app.type("jo")
        #expect(app.screen.contains("josé"))
        app.press(.tab, .enter, .enter)
        guard case .checkIn(let checkIn)? = app.saved.last?.payload else { Issue.record("not saved"); return }
        #expect(checkIn.person == "José")
    }

    @Test("Enter in the name step keeps a known person's spelling")
    func knownSpelling() {
        let journal = RecentJournal(lines: [Record(.appreciation(Appreciation(person: "Zoë", text: "You made tea.")),
                                                   at: LocalTime(Fixtures.morning.addingTimeInterval(-86_400), in: Fixtures.zone))])
        var context = Fixtures.context()
        context.data.journal = journal
        var app = start(context: context)
        app.press(.character("3"), .character("1"), .enter)
        app.type("zoe")
        app.press(.enter)
        #expect(app.screen.contains("Zoë"), "\(app.screen)")
        app.press(.enter)
        guard case .checkIn(let checkIn)? = app.saved.last?.payload else { Issue.record("not saved"); return }
        #expect(checkIn.person == "Zoë")
    }
}
