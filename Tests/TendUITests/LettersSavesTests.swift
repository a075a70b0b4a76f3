import Testing
import TendCore
import TendTestSupport
@testable import TendUI

/// The letters screen on the component layer: opened by route, its notes
/// saved by tag, each asked for once while its answer is on its way.
@Suite("Letters: routes, tagged saves, and where home and browse say so")
struct LettersSavesTests {
    static let older = ReceivedLetter(
        letter: Letter(id: RecordSamples.id(1), written: RecordSamples.time("2026-11-22T21:30:05+01:00"),
                       from: "Sam", to: "Ana", body: .text("You fixed the gate"), sent: RecordSamples.time("2026-11-22T21:31:00+01:00")),
        person: "Sam", file: "/share/Sam.jsonl")
    static let newer = ReceivedLetter(
        letter: Letter(id: RecordSamples.id(2), written: RecordSamples.time(),
                       from: "Sam", to: "Ana", body: .text("You kept the soup warm"), sent: RecordSamples.time(plusMinutes: 1)),
        person: "Sam", file: "/share/Sam.jsonl")

    static var context: ScreenContext {
        var context = Fixtures.context(at: Fixtures.date(2026, 11, 23, 21, 40))
        context.data.letters = LetterBox(letters: [older, newer])
        return context
    }

    static func read(_ letter: ReceivedLetter) -> Effect {
        .save(.letterRead(LetterMark(letter: letter.id, from: "Sam")), tag: LettersScreen.readTag(letter))
    }

    @Test("l on home opens the letters by route, which ask for the folders once")
    func route() {
        var app = AppHarness(root: HomeScreen(), context: Self.context)
        app.press(.character("i"))
        #expect(app.state.topRoute == .letters)
        #expect(app.effects == [], "opening is navigation, handled inside")
        app.advance(by: 0)
        app.press(.character("j"))
        app.advance(by: 0)
        #expect(app.effects.filter { $0 == .loadLetters }.count == 1, "asked once")
    }

    @Test("reading on and back saves each letter's read note once, while the answers are on their way")
    func readOnce() {
        let context = Self.context
        var screen = LettersScreen(context: context)
        #expect(screen.update(.keyPressed(.enter), context: context) == [.loadLetters, Self.read(Self.newer)])
        #expect(screen.update(.keyPressed(.character("j")), context: context) == [Self.read(Self.older)])
        #expect(screen.update(.keyPressed(.character("k")), context: context) == [], "the newer one's note is on its way")
        let record = Record(.letterRead(LetterMark(letter: Self.newer.id, from: "Sam")), at: RecordSamples.time(plusMinutes: 9))
        #expect(screen.update(.saved(LettersScreen.readTag(Self.newer), .success(record)), context: context) == [])
        #expect(screen.box.isRead(Self.newer))
        #expect(screen.update(.keyPressed(.character("j")), context: context) == [], "the older one's note is still on its way")
    }

    @Test("h asks once until answered; after a failure it may ask again; a success says so and leaves the list")
    func hideOnce() {
        let context = Self.context
        var screen = LettersScreen(context: context)
        let hide = Effect.save(.letterHidden(LetterMark(letter: Self.newer.id, from: "Sam")), tag: LettersScreen.hideTag)
        #expect(screen.update(.keyPressed(.character("h")), context: context) == [.loadLetters, hide])
        #expect(screen.update(.keyPressed(.character("h")), context: context) == [])
        _ = screen.update(.saved(LettersScreen.hideTag, .failure(SaveFailure("Not saved (test)."))), context: context)
        #expect(screen.update(.keyPressed(.character("h")), context: context) == [hide])
        let record = Record(.letterHidden(LetterMark(letter: Self.newer.id, from: "Sam")), at: RecordSamples.time(plusMinutes: 9))
        let said = screen.update(.saved(LettersScreen.hideTag, .success(record)), context: context)
        #expect(said == [.report(Report("Out of sight here; Sam's file is left as it is."))])
        #expect(screen.rows.map(\.id) == [Self.older.id])
        #expect(screen.selectedLetter?.id == Self.older.id)
    }

    @Test("home's letter line and a journal problem both find room, at every size", arguments: [
        Size(width: 80, height: 24), Size(width: 40, height: 12), Size(width: 120, height: 40),
    ])
    func besideProblems(size: Size) {
        var context = Self.context
        context.data.journalProblems = ["Could not read 2026/2026-10.jsonl; it is left out. tend doctor says more."]
        let app = AppHarness(root: HomeScreen(), size: size, context: context)
        let rows = app.screen.split(separator: "\n", omittingEmptySubsequences: false)
        let letterRow = rows.firstIndex { $0.contains("✉ Sam wrote you something") }
        let problemRow = rows.firstIndex { $0.contains("Could not read") }
        #expect(problemRow != nil, "the problem always shows")
        if size.height > 12 {
            #expect(letterRow != nil)
        } else {
            #expect(rows[2].hasSuffix("✉ i"), "no room for the line: a mark beside the greeting")
        }
        if let letterRow, let problemRow { #expect(letterRow < problemRow - 1, "a blank row between them") }
        expectSnapshot(app.snapshot, named: "home-letter-problem-\(size)")
    }

    @Test("an empty journal's browse still says letters are there, and l opens them")
    func emptyBrowse() {
        var app = AppHarness(root: BrowseScreen(records: [], context: Self.context), context: Self.context)
        #expect(app.screen.contains("✉ 2 new letters · i"))
        app.press(.character("i"))
        #expect(app.state.topRoute == .letters)
    }

    @Test("the count says how many are out of sight, listed or not")
    func hiddenCount() {
        var context = Self.context
        let note = Record(.letterHidden(LetterMark(letter: Self.older.id, from: "Sam")), at: RecordSamples.time(plusMinutes: 9))
        context.data.letters = LetterBox(letters: [Self.older, Self.newer], records: [note])
        var app = AppHarness(root: HomeScreen(), context: context)
        app.press(.character("i"))
        #expect(app.screen.contains("1 letter, 1 new · 1 more out of sight"))
        app.press(.character("a"))
        #expect(app.screen.contains("2 letters, 1 new, 1 out of sight"))
    }
}
