import Foundation
import Testing
import TendTestSupport

/// Rituals started from the shell in a real terminal: a due prompt never
/// takes their keys nor is used up by them, and they leave one line behind.
@Suite("Rituals from the shell in a real terminal", .serialized)
struct ShellRitualsEndToEndTests {
    /// 18:00 with the morning check-in undone: a catch-up is due the moment the app starts.
    static let evening = "2026-12-02T18:00:00"

    func start(_ arguments: String, now: String = evening, home: URL) throws -> TmuxSession {
        let env = TendBinary.environment(home: home, extra: ["TEND_NOW": now])
        return try TmuxSession(command: "\(try TendBinary.path()) \(arguments)", environment: env)
    }

    func promptsOffered(home: URL) throws -> [Substring] {
        let env = TendBinary.environment(home: home, extra: ["TEND_NOW": Self.evening])
        let log = try CommandRunner.run([try TendBinary.path(), "log", "--kind", "prompt", "--json"], environment: env)
        return log.stdout.split(separator: "\n")
    }

    @Test("tend pause with a prompt due: no banner, Enter begins the pause, the prompt is not used up")
    func pause() throws {
        let home = try TendBinary.freshHome()
        let tmux = try start("pause --seconds 2", home: home)
        let shown = try tmux.waitFor("What will you carry in?")
        #expect(shown.found, "\(shown.screen)")
        Thread.sleep(forTimeInterval: 0.5)
        let screen = try tmux.capture()
        #expect(!screen.contains("◆"), "\(screen)")
        #expect(screen.contains("Enter begin"), "\(screen)")
        try tmux.press("Enter")
        let end = try tmux.waitForExit()
        #expect(end.contains("EXIT=0"), "\(end)")
        #expect(end.contains("Saved your 2-second doorway pause."), "\(end)")
        #expect(try promptsOffered(home: home).isEmpty)
    }

    @Test("tend repair with a prompt due: Enter skips the breath and the sentence typed next is kept")
    func repair() throws {
        let home = try TendBinary.freshHome()
        let tmux = try start("repair", home: home)
        #expect(try tmux.waitFor("Step 1 of 9").found)
        try tmux.press("Enter")
        #expect(try tmux.waitFor("How long ago was it?").found)
        try tmux.press("Enter")
        #expect(try tmux.waitFor("Step 3 of 9").found)
        try tmux.type("Zoë")
        try tmux.press("Tab")
        try tmux.type("I was short with you at lunch")
        let typed = try tmux.waitFor("I was short with you at lunch")
        #expect(typed.found, "\(typed.screen)")
        #expect(!typed.screen.contains("◆"))
        try tmux.press("Enter")
        #expect(try tmux.waitFor("Step 4 of 9").found)
        try tmux.press("Enter", "Enter", "Enter", "Enter", "Enter", "Enter")
        let end = try tmux.waitForExit()
        #expect(end.contains("EXIT=0"), "\(end)")
        #expect(end.contains("Saved your repair with Zoë."), "\(end)")
        #expect(try promptsOffered(home: home).isEmpty)
    }

    @Test("tend checkin, thanks, browse and week show no banner and offer nothing", arguments: [
        ("checkin", "How do you feel"), ("thanks", "About"), ("browse", "Nothing here yet."), ("week", "Last 26 weeks"),
    ])
    func otherScreens(command: String, text: String) throws {
        let home = try TendBinary.freshHome()
        let tmux = try start(command, home: home)
        #expect(try tmux.waitFor(text).found)
        Thread.sleep(forTimeInterval: 0.5)
        #expect(!(try tmux.capture()).contains("◆"))
        try tmux.press("C-c")
        #expect(try tmux.waitForExit().contains("EXIT=130"))
        #expect(try promptsOffered(home: home).isEmpty)
    }
}

/// Nothing typed is lost: Ctrl-C asks, and a closed terminal, a signal or a
/// kill leaves a private draft that the next start offers back.
@Suite("Drafts in a real terminal", .serialized)
struct DraftsEndToEndTests {
    static let night = "2026-12-02T21:40:00"

    func start(_ arguments: String, home: URL) throws -> TmuxSession {
        let env = TendBinary.environment(home: home, extra: ["TEND_NOW": Self.night])
        return try TmuxSession(command: "\(try TendBinary.path()) \(arguments)", environment: env)
    }

    func draftFiles(_ home: URL) -> [String] {
        let folder = home.appendingPathComponent(".local/share/tend/drafts").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".json") }
    }

    func journal(_ home: URL) throws -> [[String: Any]] {
        let env = TendBinary.environment(home: home, extra: ["TEND_NOW": Self.night])
        let log = try CommandRunner.run([try TendBinary.path(), "log", "--json"], environment: env)
        return log.stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    @Test("kill -HUP mid-sentence keeps the draft (0600); the next start offers it back and saving removes it")
    func hangUp() throws {
        let home = try TendBinary.freshHome()
        let thanks = try start("thanks", home: home)
        #expect(try thanks.waitFor("About").found)
        try thanks.type("Zoë")
        try thanks.press("Enter")
        try thanks.type("You sang in the kitch")
        #expect(try thanks.waitFor("You sang in the kitch").found)
        try thanks.signalProgram("HUP")
        #expect(try thanks.waitForExit().contains("EXIT=129"))
        let files = draftFiles(home)
        #expect(files.count == 1, "\(files)")
        let path = home.appendingPathComponent(".local/share/tend/drafts/\(files.first ?? "")").path
        let mode = (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? 0
        #expect(mode == 0o600)

        let app = try start("", home: home)
        let offer = try app.waitFor("You were writing to Zoë.")
        #expect(offer.found, "\(offer.screen)")
        #expect(offer.screen.contains("You sang in the kitch"))
        try app.press("Enter")
        #expect(try app.waitFor("Tend  ·  Bedtime appreciation").found)
        #expect(try app.waitFor("You sang in the kitch").found)
        try app.type("en while the rice cooked.")
        try app.press("Enter")
        #expect(try app.waitFor("Send it to Zoë?").found)
        try app.press("Escape")
        #expect(try app.waitFor("Good evening.").found)
        try app.press("q")
        #expect(try app.waitForExit().contains("EXIT=0"))
        let saved = try journal(home).first { ($0["kind"] as? String) == "appreciation" }
        #expect(saved?["person"] as? String == "Zoë")
        #expect(saved?["text"] as? String == "You sang in the kitchen while the rice cooked.")
        #expect(draftFiles(home).isEmpty)
    }

    @Test("Ctrl-C with words asks; a second leaves with a line in the shell; tend thanks offers the words back")
    func ctrlC() throws {
        let home = try TendBinary.freshHome()
        let thanks = try start("thanks", home: home)
        #expect(try thanks.waitFor("About").found)
        try thanks.type("Zoë")
        try thanks.press("Enter")
        try thanks.type("You read")
        try thanks.press("C-c")
        #expect(try thanks.waitFor("Leave now? Your words will wait.").found)
        try thanks.type(" to me")
        let kept = try thanks.waitUntil { $0.contains("You read to me") && !$0.contains("Leave now?") }
        #expect(kept.found, "\(kept.screen)")
        try thanks.press("C-c")
        #expect(try thanks.waitFor("Leave now?").found)
        try thanks.press("C-c")
        let end = try thanks.waitForExit()
        #expect(end.contains("Your appreciation for Zoë is kept; Tend offers it back next time."), "\(end)")
        #expect(end.contains("EXIT=130"), "\(end)")
        #expect(end.contains("intr = ^C"), "the shell's Ctrl-C is back: \(end)")

        let again = try start("thanks", home: home)
        #expect(try again.waitFor("You were writing to Zoë.").found)
        try again.press("Enter")
        // The offer shows the words too: wait for the screen that has them without the offer.
        let resumed = try again.waitUntil { $0.contains("You read to me") && !$0.contains("You were writing") }
        #expect(resumed.found, "\(resumed.screen)")
        try again.type(" when I was tired.")
        try again.press("Enter")
        #expect(try again.waitFor("Send it to Zoë?").found)
        try again.press("Escape")
        let saved = try again.waitForExit()
        #expect(saved.contains("Saved your appreciation for Zoë."), "\(saved)")
        #expect(saved.contains("EXIT=0"), "\(saved)")
        #expect(draftFiles(home).isEmpty)
    }

    @Test("kill -9 in a repair keeps its words; discarding the offer removes them")
    func killNine() throws {
        let home = try TendBinary.freshHome()
        let repair = try start("repair", home: home)
        #expect(try repair.waitFor("Step 1 of 9").found)
        try repair.press("Enter", "Enter")
        #expect(try repair.waitFor("Step 3 of 9").found)
        try repair.type("Sam")
        try repair.press("Tab")
        try repair.type("I snapped about the")
        #expect(try repair.waitFor("I snapped about the").found)
        try repair.signalProgram("KILL")
        #expect(try repair.waitForExit().contains("EXIT=137"))
        #expect(draftFiles(home).count == 1)

        let again = try start("repair", home: home)
        let offer = try again.waitFor("You were in the middle of a repair with Sam.")
        #expect(offer.found, "\(offer.screen)")
        #expect(offer.screen.contains("I snapped about the"))
        try again.press("d")
        #expect(try again.waitFor("Step 1 of 9").found)
        #expect(draftFiles(home).isEmpty)
        try again.press("Escape")
        #expect(try again.waitForExit().contains("EXIT=0"))
    }

    @Test("SIGTERM in a check-in keeps the choices and the name; tend checkin takes them up and leaves a line")
    func terminate() throws {
        let home = try TendBinary.freshHome()
        let checkIn = try start("checkin", home: home)
        #expect(try checkIn.waitFor("How do you feel").found)
        try checkIn.press("4", "2", "Enter")
        #expect(try checkIn.waitFor("Who is it for?").found)
        try checkIn.type("Ana")
        #expect(try checkIn.waitFor("Ana").found)
        try checkIn.signalProgram("TERM")
        #expect(try checkIn.waitForExit().contains("EXIT=143"))

        let again = try start("checkin", home: home)
        #expect(try again.waitFor("You were in the middle of a check-in, for Ana.").found)
        try again.press("Enter")
        #expect(try again.waitFor("Who is it for?").found)
        try again.press("Enter", "Enter")
        let end = try again.waitForExit()
        #expect(end.contains("Saved your check-in. Today's practice:"), "\(end)")
        let saved = try journal(home).first { ($0["kind"] as? String) == "check-in" }
        #expect(saved?["mood"] as? Int == 4)
        #expect(saved?["person"] as? String == "Ana")
        #expect(draftFiles(home).isEmpty)
    }
}
