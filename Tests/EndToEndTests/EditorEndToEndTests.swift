import Foundation
import Testing
import TendTestSupport

/// Writing at length in a real terminal: Ctrl-X Ctrl-E hands the screen to
/// `$EDITOR` (a fake one here) and takes it back, and the words arrive in
/// the journal with their line break; `tend thanks --editor` from the shell.
@Suite("Writing at length in the editor, in a real terminal", .serialized)
struct EditorEndToEndTests {
    static let night = "2026-12-02T21:40:00"

    /// tend's environment with the fake editor, and temp files kept in the home to be looked at.
    func environment(home: URL, editor: FakeEditor) throws -> [String: String] {
        let tmp = home.appendingPathComponent("tmp").path
        try FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: true)
        return TendBinary.environment(home: home, extra: ["TEND_NOW": Self.night, "EDITOR": editor.path, "TMPDIR": tmp])
    }

    func texts(home: URL) throws -> [String] {
        let env = TendBinary.environment(home: home, extra: ["TEND_NOW": Self.night])
        let log = try CommandRunner.run([try TendBinary.path(), "log", "--json"], environment: env)
        return log.stdout.split(separator: "\n").compactMap { line in
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return object?["text"] as? String
        }
    }

    func leftInTmp(home: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: home.appendingPathComponent("tmp").path)
    }

    @Test("Ctrl-X Ctrl-E: the editor's two lines come back, the screen is whole again, and the journal keeps the break")
    func writes() throws {
        let home = try TendBinary.freshHome()
        let editor = try FakeEditor.make(in: home.appendingPathComponent("bin").path, writes: "You stayed up with me.\nAll evening.\n")
        let tmux = try TmuxSession(command: "\(try TendBinary.path()) thanks", environment: try environment(home: home, editor: editor))
        #expect(try tmux.waitFor("About").found)
        try tmux.type("Ana")
        try tmux.press("Enter")
        try tmux.type("You stayed")
        #expect(try tmux.waitFor("You stayed").found)
        try tmux.press("C-x", "C-e")
        let back = try tmux.waitFor("You stayed up with me.↵All evening.")
        #expect(back.found, "\(back.screen)")
        #expect(editor.wordsBefore == "You stayed\n")
        #expect(editor.fileMode == "600" && editor.folderMode == "700")
        // Redrawn whole: the field's labels and the footer are back, and nothing of the editor is left.
        #expect(back.screen.contains("About") && back.screen.contains("Wrote") && back.screen.contains("Enter save"),
                "\(back.screen)")
        #expect(!FileManager.default.fileExists(atPath: editor.file))
        #expect(try leftInTmp(home: home).isEmpty)
        try tmux.press("Enter")
        #expect(try tmux.waitFor("Send it to Ana?").found)
        #expect(try texts(home: home) == ["You stayed up with me.\nAll evening."])
        try tmux.press("C-c")
        _ = try tmux.waitForExit()
    }

    @Test("an editor that exits 1 leaves the words typed before, says so, and they save as they were")
    func editorFails() throws {
        let home = try TendBinary.freshHome()
        let editor = try FakeEditor.make(in: home.appendingPathComponent("bin").path, writes: "half", exitStatus: 1)
        let tmux = try TmuxSession(command: "\(try TendBinary.path()) thanks", environment: try environment(home: home, editor: editor))
        #expect(try tmux.waitFor("About").found)
        try tmux.type("Ana")
        try tmux.press("Enter")
        try tmux.type("You waited for me")
        #expect(try tmux.waitFor("You waited for me").found)
        try tmux.press("C-x", "C-e")
        let back = try tmux.waitFor("closed with status 1")
        #expect(back.found, "\(back.screen)")
        #expect(editor.wasRun)
        #expect(back.screen.contains("You waited for me") && !back.screen.contains("half"), "\(back.screen)")
        #expect(try leftInTmp(home: home).isEmpty)
        try tmux.press("Enter")
        #expect(try tmux.waitFor("Send it to Ana?").found)
        #expect(try texts(home: home) == ["You waited for me"])
        try tmux.press("C-c")
        _ = try tmux.waitForExit()
    }

    @Test("tend thanks --to Ana --editor keeps the editor's words, line break and all")
    func fromShell() throws {
        let home = try TendBinary.freshHome()
        let editor = try FakeEditor.make(in: home.appendingPathComponent("bin").path, writes: "First.\nSecond.")
        let run = try CommandRunner.run([try TendBinary.path(), "thanks", "--to", "Ana", "--editor"],
                                        environment: try environment(home: home, editor: editor))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try texts(home: home) == ["First.\nSecond."])
        #expect(try leftInTmp(home: home).isEmpty)
    }

    @Test("tend thanks --editor with an editor that fails saves nothing, hands the words back, and exits 1")
    func fromShellFails() throws {
        let home = try TendBinary.freshHome()
        let editor = try FakeEditor.make(in: home.appendingPathComponent("bin").path, writes: "x", exitStatus: 1)
        let run = try CommandRunner.run([try TendBinary.path(), "thanks", "--to", "Ana", "--editor", "Started", "here"],
                                        environment: try environment(home: home, editor: editor))
        #expect(run.status == 1)
        #expect(run.stderr.contains("closed with status 1") && run.stderr.contains("Started here"), "\(run.stderr)")
        #expect(editor.wordsBefore == "Started here\n")
        #expect(try texts(home: home).isEmpty)
    }
}
