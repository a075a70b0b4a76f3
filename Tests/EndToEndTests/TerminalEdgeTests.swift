import Foundation
import Testing
import TendTestSupport

/// The terminal's edge in a real terminal: signals, suspend and resume, flow
/// control, pastes that end oddly, keys tmux sends, odd environments.
@Suite("The terminal's edge in tmux", .serialized)
struct TerminalEdgeTests {
    let binary: String
    let home: URL
    let environment: [String: String]

    init() throws {
        binary = try TendBinary.path()
        home = try TendBinary.freshHome()
        environment = TendBinary.environment(home: home, extra: ["TEND_NOW": "2026-11-23T07:10:00"])
    }

    func startApp(_ arguments: String = "", extra: [String: String] = [:], width: Int = 80, height: Int = 24,
                  interactiveShell: Bool = false) throws -> TmuxSession {
        try TmuxSession(command: arguments.isEmpty ? binary : "\(binary) \(arguments)", width: width, height: height,
                        environment: environment.merging(extra) { $1 }, interactiveShell: interactiveShell)
    }

    /// `tend thanks`, at the sentence for Ana.
    func openSentence(interactiveShell: Bool = false) throws -> TmuxSession {
        let tmux = try startApp("thanks", interactiveShell: interactiveShell)
        #expect(try tmux.waitFor("About").found)
        try tmux.type("Ana")
        try tmux.press("Tab")
        return tmux
    }

    /// Enter saves; the offer to send it to Ana follows, and Esc keeps it private.
    func saveKeepingPrivate(_ tmux: TmuxSession) throws {
        try tmux.press("Enter")
        let offer = try tmux.waitFor("Send it to Ana?")
        #expect(offer.found, "no offer to send:\n\(offer.screen)")
        try tmux.press("Escape")
    }

    func savedTexts() throws -> [String] {
        let log = try CommandRunner.run([binary, "log", "--json"], environment: environment)
        return log.stdout.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["text"] as? String
        }
    }

    /// The terminal as the shell needs it: line editing, echo, newline
    /// translation and flow control back on, the full screen gone.
    func expectTerminalGivenBack(_ end: String, status: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(end.contains("EXIT=\(status)"), "\(end)", sourceLocation: sourceLocation)
        for mode in [" icanon ", " echo ", " icrnl ", " onlcr ", " ixon "] {
            #expect(end.contains(mode), "\(mode) is off after exit:\n\(end)", sourceLocation: sourceLocation)
        }
        #expect(!end.contains("Good morning."), "the full screen was left behind", sourceLocation: sourceLocation)
    }

    @Test("SIGPIPE, SIGUSR1, SIGUSR2, SIGALRM and SIGQUIT give the terminal back, then end the app by that signal",
          arguments: [("PIPE", 141), ("USR1", 138), ("USR2", 140), ("ALRM", 142), ("QUIT", 131)])
    func endingSignal(_ signal: (name: String, status: Int)) throws {
        let tmux = try startApp()
        #expect(try tmux.waitFor("Good morning.").found)
        try tmux.signalProgram(signal.name)
        let end = try tmux.waitForExit()
        expectTerminalGivenBack(end, status: signal.status)
        #expect(!end.contains("Press space"), "Swift's crash reporter took the screen:\n\(end)")
    }

    @Test("Ctrl-\\ leaves as SIGQUIT does, without Swift's crash reporter")
    func controlBackslash() throws {
        let tmux = try startApp()
        #expect(try tmux.waitFor("Good morning.").found)
        try tmux.press("C-\\")
        let end = try tmux.waitForExit()
        expectTerminalGivenBack(end, status: 131)
        #expect(!end.contains("Press space"), "\(end)")
        #expect(!end.contains("Crash"), "\(end)")
    }

    @Test("Ctrl-S does not freeze the screen, and flow control is back after quitting")
    func controlS() throws {
        let tmux = try startApp()
        #expect(try tmux.waitFor("Good morning.").found)
        try tmux.press("C-s")
        try tmux.press("?")
        let help = try tmux.waitFor("quit Tend")
        #expect(help.found, "the screen froze after Ctrl-S:\n\(help.screen)")
        try tmux.press("Escape")
        #expect(try tmux.waitFor("Bedtime appreciation").found)
        try tmux.press("q")
        expectTerminalGivenBack(try tmux.waitForExit(), status: 0)
    }

    @Test("COLUMNS=20 LINES=5 in an 80x24 window: the window's real size wins, and follows resizes")
    func staleSizeVariables() throws {
        let tmux = try startApp(extra: ["COLUMNS": "20", "LINES": "5"])
        let home = try tmux.waitFor("Good morning.")
        #expect(home.found, "\(home.screen)")
        #expect(!home.screen.contains("enlarge"), "\(home.screen)")
        try tmux.resize(width: 100, height: 30)
        // The header is on screen before the resize too: wait for it at the new right edge.
        let wide = try tmux.waitUntil { screen in
            screen.split(separator: "\n").contains { $0.hasSuffix("Mon 23 Nov  07:10") && $0.count > 90 }
        }
        #expect(wide.found, "the header is not at the right edge of 100 columns:\n\(wide.screen)")
        try tmux.press("q")
        #expect(try tmux.waitForExit().contains("EXIT=0"))
    }

    @Test("TERM=dumb gets the same clear line as an unknown terminal, and status 2")
    func dumbTerminal() throws {
        let tmux = try startApp(extra: ["TERM": "dumb"])
        let end = try tmux.waitFor("EXIT=")
        #expect(end.screen.contains("TERM=dumb"), "\(end.screen)")
        #expect(end.screen.contains("EXIT=2"), "\(end.screen)")
    }

    @Test("after Ctrl-Z and fg, a three-line paste is still one paste")
    func suspendResumePaste() throws {
        let tmux = try openSentence(interactiveShell: true)
        try tmux.press("C-z")
        let stopped = try tmux.waitFor("Stopped")
        #expect(stopped.found, "\(stopped.screen)")
        try tmux.type("fg")
        try tmux.press("Enter")
        #expect(try tmux.waitFor("About").found)
        try tmux.paste("line one\nline two\nline three")
        try tmux.type(" and on")
        try saveKeepingPrivate(tmux)
        #expect(try tmux.waitForProgramToEnd())
        try tmux.reportExit()
        expectTerminalGivenBack(try tmux.waitForExit(), status: 0)
        #expect(try savedTexts() == ["line one line two line three and on"])
    }

    @Test("a paste that ends in a partial escape sequence does not swallow the keys after it")
    func pasteEndingInPartialSequence() throws {
        let tmux = try openSentence()
        try tmux.paste("colour codes \u{1B}[2")
        try tmux.type(" and more")
        try saveKeepingPrivate(tmux)
        let end = try tmux.waitForExit()
        #expect(end.contains("EXIT=0"), "\(end)")
        #expect(try savedTexts() == ["colour codes [2 and more"])
    }

    @Test("Home, End and Delete in a field move and delete, and never type a ~")
    func homeEndDelete() throws {
        let tmux = try openSentence()
        try tmux.type("abc def")
        try tmux.press("Home")
        try tmux.type("1")
        try tmux.press("End")
        try tmux.type("2")
        try tmux.press("Left", "Left", "DC")
        try saveKeepingPrivate(tmux)
        #expect(try tmux.waitForExit().contains("EXIT=0"))
        #expect(try savedTexts() == ["1abc de2"])
    }

    @Test("a 1 MB word opens at once, and closing the window then ends the app")
    func hangUpWhileBusy() throws {
        let month = home.appendingPathComponent(".local/share/tend/2026")
        try FileManager.default.createDirectory(at: month, withIntermediateDirectories: true)
        let word = String(repeating: "abcdefghij", count: 100_000)
        let line = #"{"v":1,"id":"20261122-210000-00000000000a","time":"2026-11-22T21:00:00+00:00","kind":"appreciation","person":"Ana","text":"\#(word)"}"#
        try Data((line + "\n").utf8).write(to: month.appendingPathComponent("2026-11.jsonl"))
        let tmux = try startApp("browse")
        #expect(try tmux.waitFor("Ana").found)
        try tmux.press("Enter")
        let entry = try tmux.waitFor("1 of 1")
        #expect(entry.found, "the entry did not open in time:\n\(entry.screen)")
        try tmux.press("PageDown")
        let pid = try #require(try tmux.programID())
        try tmux.killSession()
        let deadline = Date().addingTimeInterval(5)
        while Self.isRunning(pid), Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(!Self.isRunning(pid), "tend was still running after its terminal closed")
    }

    /// True while `pid` runs (a zombie waiting for its parent does not count).
    static func isRunning(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return false }
        return !(stat.split(separator: ")").last?.trimmingCharacters(in: .whitespaces).hasPrefix("Z") ?? true)
    }
}
