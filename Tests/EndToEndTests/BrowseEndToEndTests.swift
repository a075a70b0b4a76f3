import Foundation
import Testing
import TendTestSupport

/// Browsing in a real terminal: a journal brought in with `tend import`,
/// searched for an accented name typed without its accent, one entry edited,
/// and the change read back with `tend log --json`.
@Suite("Browsing in a real terminal", .serialized)
struct BrowseEndToEndTests {
    static let journal = """
        {"v":1,"id":"20261120-213005-0a0001","time":"2026-11-20T21:30:05+01:00","kind":"appreciation","person":"José","text":"You kept the soup warm for me 🍲"}
        {"v":1,"id":"20261121-071002-0a0002","time":"2026-11-21T07:10:02+01:00","kind":"check-in","mood":4,"intention":"listen","practice":"six-second-kiss","person":"Ana"}
        {"v":1,"id":"20261122-220000-0a0003","time":"2026-11-22T22:00:00+01:00","kind":"appreciation","person":"Zoë","text":"I love how you hummed while fixing my bike 🚲"}
        {"v":1,"id":"20261122-223000-0a0004","time":"2026-11-22T22:30:00+01:00","kind":"appreciation","person":"Kenji 健二","text":"Thank you for the tea"}

        """

    @Test("search finds José typed as Jose, an edit is saved, and tend log --json shows it")
    func searchEditLog() throws {
        let binary = try TendBinary.path()
        let home = try TendBinary.freshHome()
        let env = TendBinary.environment(home: home, extra: ["TEND_NOW": "2026-11-23T07:30:00"])
        let file = home.appendingPathComponent("journal.jsonl")
        try Data(Self.journal.utf8).write(to: file)
        let imported = try CommandRunner.run([binary, "import", file.path], environment: env)
        #expect(imported.status == 0, "\(imported.stderr)")

        let tmux = try TmuxSession(command: "\(binary) browse", environment: env)
        let list = try tmux.waitFor("All entries · 4")
        #expect(list.found, "the list did not appear:\n\(list.screen)")
        try tmux.press("/")
        try tmux.type("Jose")
        // Wait for the row, drawn after the count: a capture can land between the two.
        let found = try tmux.waitFor("› 21:30  José")
        #expect(found.found, "José is not selected:\n\(found.screen)")
        #expect(found.screen.contains("1 of 1"), "no match counted:\n\(found.screen)")
        try tmux.press("Enter")
        try tmux.press("e")
        #expect(try tmux.waitFor("Change this appreciation").found)
        try tmux.press("C-u")
        try tmux.type("You saved me the warm corner of the sofa")
        try tmux.press("Enter")
        // The list shows the new words at once (a reminder banner may cover the note).
        let saved = try tmux.waitFor("› 21:30  José         You saved me the warm corner of the sofa")
        #expect(saved.found, "\(saved.screen)")
        try tmux.press("q")
        let end = try tmux.waitFor("EXIT=")
        #expect(end.screen.contains("EXIT=0"), "\(end.screen)")

        let log = try CommandRunner.run([binary, "log", "--json", "--search", "jose"], environment: env)
        #expect(log.status == 0, "\(log.stderr)")
        let lines = log.stdout.split(separator: "\n")
        #expect(lines.count == 1, "\(log.stdout)")
        #expect(lines.first?.contains("\"id\":\"20261120-213005-0a0001\"") == true, "\(log.stdout)")
        #expect(lines.first?.contains("\"text\":\"You saved me the warm corner of the sofa\"") == true, "\(log.stdout)")
        // Nothing is lost: the first version stays in the file beside the edit.
        let month = home.appendingPathComponent(".local/share/tend/2026/2026-11.jsonl")
        let stored = try String(contentsOf: month, encoding: .utf8)
        #expect(stored.contains("You kept the soup warm for me"))
        #expect(stored.contains("\"kind\":\"edit\",\"target\":\"20261120-213005-0a0001\""))
    }
}
