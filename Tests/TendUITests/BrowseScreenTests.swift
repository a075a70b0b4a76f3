import Foundation
import Testing
import TendCore
import TendJournalFormat
import TendTestSupport
@testable import TendUI

@Suite("Browsing past entries")
struct BrowseScreenTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 40, height: 12)]

    /// The browser opened on `records`, the journal delivered after the first frame.
    static func open(_ records: [Record] = BrowseSamples.journal, size: Size = Size(width: 80, height: 24)) -> AppHarness {
        var app = AppHarness(size: size) { BrowseScreen(context: $0) }
        app.history = records
        app.advance(by: 0)
        app.advance(by: 0)
        return app
    }

    /// 200 appreciations, ten hours apart, the newest first in the list as n = 299.
    static let many: [Record] = (0..<200).map { i in
        RecordSamples.appreciation(100 + i, person: "Friend \(i % 7)", text: "Entry number \(100 + i)",
                                   at: "2026-08-01T08:00:00+00:00", plusMinutes: i * 600)
    }

    func browser(_ app: AppHarness) -> BrowseScreen? { app.state.top as? BrowseScreen }

    func selectedID(_ app: AppHarness) -> String? {
        guard let screen = browser(app), let position = screen.list.selectedPosition else { return nil }
        return screen.index.records[position].id.rawValue
    }

    /// The stretches of the screen drawn as search matches.
    func highlighted(_ app: AppHarness) -> [String] {
        var canvas = Canvas(size: app.state.size)
        app.state.render(into: &canvas)
        var runs: [String] = []
        for y in 0..<canvas.size.height {
            var run = ""
            for x in 0..<canvas.size.width {
                let cell = canvas[x, y]
                let isMatch = cell.style == BrowseListView.match || cell.style == BrowseListView.matchInSelection
                if isMatch { run += cell.text } else if !run.isEmpty { runs.append(run); run = "" }
            }
            if !run.isEmpty { runs.append(run) }
        }
        return runs
    }

    // MARK: As the user sees it

    @Test("the list, newest first under day headings, at every size", arguments: sizes)
    func list(size: Size) {
        let app = Self.open(size: size)
        expectSnapshot(app.snapshot, named: "browse-list-\(size)")
    }

    @Test("one entry in full, wrapped to the window, at every size", arguments: sizes)
    func detail(size: Size) {
        var app = Self.open(size: size)
        app.press(.character("/"))
        app.type("walk")
        app.press(.enter, .enter)
        expectSnapshot(app.snapshot, named: "browse-detail-\(size)")
    }

    @Test("typing a search, at every size", arguments: sizes)
    func searchTyping(size: Size) {
        var app = Self.open(size: size)
        app.press(.character("/"))
        app.type("Jose")
        expectSnapshot(app.snapshot, named: "browse-search-typing-\(size)")
    }

    @Test("a kept search with its count, at every size", arguments: sizes)
    func searchKept(size: Size) {
        var app = Self.open(size: size)
        app.press(.character("/"))
        app.type("Jose")
        app.press(.enter)
        expectSnapshot(app.snapshot, named: "browse-search-\(size)")
    }

    @Test("the people view, at every size", arguments: sizes)
    func people(size: Size) {
        var app = Self.open(size: size)
        app.press(.character("p"))
        expectSnapshot(app.snapshot, named: "browse-people-\(size)")
    }

    @Test("an empty journal says how to write the first appreciation, at every size", arguments: sizes)
    func empty(size: Size) {
        let app = Self.open([], size: size)
        expectSnapshot(app.snapshot, named: "browse-empty-\(size)")
    }

    @Test("editing, at every size", arguments: sizes)
    func editing(size: Size) {
        var app = Self.open(size: size)
        app.press(.character("j"), .character("j"), .character("e"))
        expectSnapshot(app.snapshot, named: "browse-edit-\(size)")
    }

    @Test("tiny windows draw without trapping", arguments: [Size(width: 0, height: 0), Size(width: 1, height: 1),
                                                            Size(width: 40, height: 11), Size(width: 41, height: 12)])
    func tiny(size: Size) {
        var app = Self.open(Self.many, size: size)
        for key: Key in [.pageDown, .enter, .escape, .character("p"), .escape, .character("/"), .character("e")] {
            app.press(key)
            _ = app.screen
        }
        #expect(app.state.exitStatus == nil)
    }

    // MARK: Loading

    @Test("the journal is asked for once, then shown")
    func loadsOnce() {
        var app = AppHarness { BrowseScreen(context: $0) }
        #expect(app.screen.contains("Opening your journal…"))
        app.history = BrowseSamples.journal
        app.advance(by: 0)
        #expect(!app.effects.contains { if case .loadHistory = $0 { return true } else { return false } },
                "the first tick comes before the first frame")
        app.advance(by: 0)
        app.advance(by: 1)
        app.press(.character("j"))
        let loads = app.effects.filter { if case .loadHistory = $0 { return true } else { return false } }
        #expect(loads.count == 1)
        #expect(app.screen.contains("All entries · 8"))
    }

    @Test("the recent entries the app holds show at once, and the rest join them")
    func recentFirst() {
        var context = Fixtures.context()
        context.data.journal = RecentJournal(lines: Array(BrowseSamples.journal.suffix(2)))
        var app = AppHarness(context: context) { BrowseScreen(context: $0) }
        #expect(app.screen.contains("All entries · 2 so far"))
        #expect(app.screen.contains("Zoë"))
        // The first key moves in what is there, then the whole journal arrives.
        app.history = BrowseSamples.journal
        app.press(.character("j"))
        #expect(app.screen.contains("All entries · 8"))
        #expect(selectedID(app) == "t-7")
    }

    @Test("b on home opens the browser")
    func fromHome() {
        var app = AppHarness(root: HomeScreen())
        app.history = BrowseSamples.journal
        app.press(.character("b"))
        app.advance(by: 0)
        app.advance(by: 0)
        #expect(app.state.topRoute == .browse)
        #expect(app.screen.contains("Zoë"))
    }

    // MARK: Moving

    @Test("j and k move one entry, skipping day headings")
    func upDown() {
        var app = Self.open()
        #expect(selectedID(app) == "t-8")
        app.press(.character("j"))
        #expect(selectedID(app) == "t-7")
        app.press(.down, .down)
        #expect(selectedID(app) == "t-5")
        app.press(.character("k"))
        #expect(selectedID(app) == "t-6")
    }

    @Test("G and g go to the oldest and the newest")
    func ends() {
        var app = Self.open(Self.many)
        app.press(.character("G"))
        #expect(selectedID(app) == "t-100")
        app.press(.home)
        #expect(selectedID(app) == "t-299")
    }

    @Test("PgDn and Ctrl-D move by a page and half a page, and keep the selection on screen")
    func pages() {
        var app = Self.open(Self.many, size: Size(width: 40, height: 12))
        app.press(.pageDown)
        let afterPage = selectedID(app)
        #expect(afterPage != "t-299")
        #expect(app.screen.contains("›"))
        app.press(.pageUp)
        #expect(selectedID(app) == "t-299")
        app.press(.control("d"), .control("d"))
        #expect(selectedID(app) == afterPage)
        for _ in 0..<300 { app.press(.pageDown) }
        #expect(selectedID(app) == "t-100")
        #expect(app.screen.contains("Entry number 100"))
    }

    @Test("the wheel scrolls the list")
    func wheel() {
        var app = Self.open(Self.many)
        app.press(.wheelDown, .wheelDown)
        #expect(selectedID(app) != "t-299")
        app.press(.wheelUp, .wheelUp)
        #expect(selectedID(app) == "t-299")
    }

    @Test("j in the full entry goes on to the next one")
    func detailNext() {
        var app = Self.open()
        app.press(.enter)
        #expect(app.screen.contains("Check-in"))
        app.press(.character("j"))
        #expect(app.screen.contains("I love how you hummed while fixing my bike 🚲"))
        app.press(.escape)
        #expect(app.screen.contains("All entries"))
    }

    // MARK: Search

    @Test("typing Jose finds José as you type, and highlights it as written")
    func incremental() {
        var app = Self.open()
        app.press(.character("/"))
        app.type("Jose")
        #expect(selectedID(app) == "t-6")
        #expect(app.screen.contains("1 of 2"))
        #expect(highlighted(app) == ["José", "jose"])
    }

    @Test("n and N step through the matches, wrapping, and the count follows")
    func nextPrevious() {
        var app = Self.open()
        app.press(.character("/"))
        app.type("jose")
        app.press(.enter)
        app.press(.character("n"))
        #expect(selectedID(app) == "t-2")
        #expect(app.screen.contains("“jose” 2 of 2"))
        app.press(.character("n"))
        #expect(selectedID(app) == "t-6")
        #expect(app.screen.contains("Back to the newest match."))
        app.press(.character("N"))
        #expect(selectedID(app) == "t-2")
    }

    @Test("Esc while typing forgets the search and goes back where it was")
    func cancelSearch() {
        var app = Self.open()
        app.press(.character("j"), .character("/"))
        app.type("mum")
        #expect(selectedID(app) == "t-1")
        app.press(.escape)
        #expect(selectedID(app) == "t-7")
        #expect(highlighted(app).isEmpty)
        #expect(browser(app)?.search.isActive == false)
    }

    @Test("a search that finds nothing says so")
    func noMatch() {
        var app = Self.open()
        app.press(.character("/"))
        app.type("xylophone")
        #expect(app.screen.contains("no matches"))
        app.press(.enter)
        #expect(app.screen.contains("Nothing matches “xylophone”."))
    }

    @Test("Esc after a search clears it before it leaves")
    func escapeClearsFirst() {
        var app = Self.open()
        app.press(.character("/"))
        app.type("zo")
        app.press(.enter, .escape)
        #expect(browser(app)?.search.isActive == false)
        #expect(app.state.exitStatus == nil)
        app.press(.escape)
        #expect(app.state.exitStatus == 0)
    }

    // MARK: Filters

    @Test("Enter on a person shows only their entries, whatever the spelling")
    func personFilter() {
        var app = Self.open()
        app.press(.character("p"), .character("j"), .character("j"), .character("j"), .enter)
        #expect(app.screen.contains("José · 2 entries"))
        #expect(app.screen.contains("Thank you for the long walk"))
        #expect(!app.screen.contains("Zoë"))
        app.press(.escape)
        #expect(app.screen.contains("All entries · 8"))
    }

    @Test("a shows appreciations only, and again everything")
    func appreciationsOnly() {
        var app = Self.open()
        app.press(.character("a"))
        #expect(app.screen.contains("Appreciations · 6"))
        #expect(!app.screen.contains("check-in"))
        app.press(.character("a"))
        #expect(app.screen.contains("check-in"))
    }

    @Test("o shows the same date in earlier months and years")
    func onThisDay() {
        var app = Self.open()
        app.press(.character("o"))
        #expect(app.screen.contains("On the 23rd, earlier months · 2"))
        #expect(app.screen.contains("Friday 23 October 2026"))
        #expect(app.screen.contains("Tuesday 23 September 2025"))
        #expect(!app.screen.contains("Zoë"))
    }

    @Test("m jumps to a month")
    func monthJump() {
        var app = Self.open()
        app.press(.character("m"))
        app.type("october 2026")
        app.press(.enter)
        #expect(selectedID(app) == "t-2")
    }

    @Test("m to an empty month lands on the nearest earlier entry and says so")
    func monthJumpNearest() {
        var app = Self.open()
        app.press(.character("m"))
        app.type("2026-06")
        app.press(.enter)
        #expect(selectedID(app) == "t-1")
        #expect(app.screen.contains("Nothing in June 2026; here is the nearest earlier entry."))
    }

    // MARK: Changing entries

    @Test("editing an appreciation saves an edit record and the list shows it at once")
    func edit() {
        var app = Self.open()
        app.press(.character("j"), .character("j"), .character("e"))
        app.press(.control("u"))
        app.type("You saved me the warm corner of the sofa")
        app.press(.enter)
        guard case .edit(let edit)? = app.saved.last?.payload else { Issue.record("no edit saved"); return }
        #expect(edit.target.rawValue == "t-6")
        #expect(edit.set.members == [.init("text", .string("You saved me the warm corner of the sofa"))])
        #expect(app.screen.contains("You saved me the warm corner of the sofa"))
        #expect(!app.screen.contains("soup"))
        #expect(app.screen.contains("Saved your change."))
        #expect(selectedID(app) == "t-6")
    }

    @Test("an edit that changes nothing saves nothing")
    func editUnchanged() {
        var app = Self.open()
        app.press(.character("j"), .character("e"), .enter)
        #expect(app.saved.isEmpty)
        #expect(app.screen.contains("Nothing changed."))
    }

    @Test("an appreciation cannot lose its person")
    func editRequired() {
        var app = Self.open()
        app.press(.character("j"), .character("e"), .backTab, .control("u"), .enter)
        #expect(app.saved.isEmpty)
        #expect(app.screen.contains("About cannot be empty."))
    }

    @Test("when saving an edit fails, the new words stay on screen")
    func editFails() {
        var app = Self.open()
        app.savesFail = true
        app.press(.character("j"), .character("e"), .control("u"))
        app.type("Words worth keeping")
        app.press(.enter)
        #expect(app.screen.contains("Words worth keeping"))
        #expect(app.screen.contains("disk is full"))
        #expect(browser(app)?.hasDraft == true)
    }

    @Test("delete asks first, and any other key keeps the entry")
    func deleteAsks() {
        var app = Self.open()
        app.press(.character("j"), .character("d"))
        #expect(app.screen.contains("Delete this appreciation?"))
        app.press(.character("x"))
        #expect(app.saved.isEmpty)
        #expect(app.screen.contains("Kept."))
        #expect(app.screen.contains("Zoë"))
    }

    @Test("y deletes with a delete record, and the entry leaves the list at once")
    func deleteConfirmed() {
        var app = Self.open()
        app.press(.character("j"), .character("d"), .character("y"))
        guard case .delete(let delete)? = app.saved.last?.payload else { Issue.record("no delete saved"); return }
        #expect(delete.target.rawValue == "t-7")
        #expect(!app.screen.contains("Zoë"))
        #expect(app.screen.contains("All entries · 7"))
        #expect(selectedID(app) == "t-6")
    }

    @Test("c copies an appreciation's words and says so only when a clipboard tool confirmed it")
    func copy() {
        var app = Self.open()
        app.press(.character("j"), .character("c"))
        #expect(app.copiedTexts == ["I love how you hummed while fixing my bike 🚲"])
        #expect(app.screen.contains("Copied. Paste it into a message to Zoë."))
        app.copyResult = .askedTerminal
        app.press(.character("c"))
        #expect(app.screen.contains("Sent to the terminal's clipboard (some terminals ignore this)"))
        #expect(!app.screen.contains("Copied."))
        app.copyResult = .unavailable
        app.press(.character("c"))
        #expect(app.screen.contains("Nothing here can reach a clipboard."))
    }

    @Test("a pause has no words to edit, and says what can be done")
    func pauseNotEditable() {
        var app = Self.open()
        app.press(.character("j"), .character("j"), .character("j"), .character("e"))
        #expect(app.screen.contains("A pause has no words to change."))
    }

    @Test("t on an empty journal starts an appreciation")
    func emptyWrites() {
        var app = Self.open([])
        app.press(.character("t"))
        #expect(app.state.topRoute == .thanks())
    }
}
