import Foundation
import Testing
import TendTestSupport

/// Rituals at work in a real terminal: a scheduled meeting's banner leads
/// into the opener and, at its close time, into the round, whose record
/// `tend log --json --kind meeting` and `tend meeting --json` show.
@Suite("Meetings in a real terminal", .serialized)
struct MeetingEndToEndTests {
    /// A fresh home whose only prompts are the stand-up's (10:00, the round at 10:15).
    func home() throws -> URL {
        let home = try TendBinary.freshHome()
        let config = home.appendingPathComponent(".config/tend")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try """
        [morning]
        days = "never"
        [bedtime]
        days = "never"
        [[meeting]]
        time = "10:00"
        label = "stand-up"
        days = "mon-fri"
        close = "10:15"
        """.write(to: config.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        return home
    }

    func json(_ text: String) -> [[String: Any]] {
        text.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    @Test("the stand-up's banner leads into the opener; a thank-you is saved with its label")
    func bannerLeadsIntoTheOpener() throws {
        let binary = try TendBinary.path()
        let home = try home()
        // Monday 23 November 2026, three seconds before the stand-up.
        let env = TendBinary.environment(home: home, extra: ["TEND_NOW": "2026-11-23T09:59:57"])
        let app = try TmuxSession(command: binary, environment: env)
        #expect(try app.waitFor("stand-up 10:00").found, "home lists today's meeting")
        let banner = try app.waitFor("◆ Open the meeting · stand-up · 10:00", timeout: 8)
        #expect(banner.found, "\(banner.screen)")
        try app.press("Enter")
        #expect(try app.waitFor("How will you open it?").found)
        try app.press("2")
        #expect(try app.waitFor("Who will you thank?").found)
        try app.type("Sam")
        try app.press("Enter")
        try app.type("Your notes made the handover easy.")
        try app.press("Enter")
        #expect(try app.waitFor("Send it to Sam?").found)
        try app.press("Escape")
        #expect(try app.waitFor("Kept private, in your journal.").found)
        #expect(try app.waitFor("stand-up 10:00 ✓").found, "home ticks the meeting opened")
        try app.press("q")
        #expect(try app.waitForExit().contains("EXIT=0"))

        let log = try CommandRunner.run([binary, "log", "--json", "--kind", "thanks"], environment: env)
        let thanks = json(log.stdout)
        #expect(thanks.count == 1 && thanks.first?["meeting"] as? String == "stand-up", "\(log.stdout)")
        #expect(thanks.first?["person"] as? String == "Sam")
    }

    @Test("at its close time the banner leads into the round, and the round reaches tend log and tend meeting")
    func bannerLeadsIntoTheRound() throws {
        let binary = try TendBinary.path()
        let home = try home()
        let env = TendBinary.environment(home: home, extra: ["TEND_NOW": "2026-11-23T10:14:57"])
        let app = try TmuxSession(command: binary, environment: env)
        let banner = try app.waitFor("◆ Close the meeting · stand-up · 10:15", timeout: 8)
        #expect(banner.found, "\(banner.screen)")
        try app.press("Enter")
        #expect(try app.waitFor("What was useful?").found)
        try app.type("the demo 🎉")
        try app.press("Enter")
        #expect(try app.waitFor("What was confusing?").found)
        try app.press("Enter")
        #expect(try app.waitFor("What gave energy?").found)
        try app.type("Priya's fix")
        try app.press("Enter")
        #expect(try app.waitFor("A good ending helps the next one start.").found)
        try app.press("q")
        #expect(try app.waitForExit().contains("EXIT=0"))

        let log = try CommandRunner.run([binary, "log", "--json", "--kind", "meeting"], environment: env)
        #expect(log.status == 0, "\(log.stderr)")
        let rounds = json(log.stdout)
        #expect(rounds.count == 1, "\(log.stdout)")
        #expect(rounds.first?["ritual"] as? String == "round" && rounds.first?["label"] as? String == "stand-up")
        #expect(rounds.first?["useful"] as? String == "the demo 🎉" && rounds.first?["energising"] as? String == "Priya's fix")
        #expect(rounds.first?["confusing"] == nil, "a skipped answer is left out")

        let day = try CommandRunner.run([binary, "meeting", "--json"], environment: env)
        #expect(day.status == 0, "\(day.stderr)")
        let document = try JSONSerialization.jsonObject(with: Data(day.stdout.utf8)) as? [String: Any]
        let meetings = document?["meetings"] as? [[String: Any]]
        #expect(document?["day"] as? String == "2026-11-23")
        #expect(meetings?.first?["label"] as? String == "stand-up" && meetings?.first?["closed"] as? Bool == true, "\(day.stdout)")
        #expect((meetings?.first?["round"] as? [String: Any])?["useful"] as? String == "the demo 🎉")

        let stats = try CommandRunner.run([binary, "stats", "--json"], environment: env)
        let numbers = (try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])?["meetings"] as? [String: Any]
        #expect(numbers?["thisWeek"] as? Int == 1 && numbers?["rounds"] as? Int == 1, "\(stats.stdout)")
    }

    @Test("tend meeting open from the shell breathes together and returns, leaving a line")
    func breathFromTheShell() throws {
        let binary = try TendBinary.path()
        let home = try home()
        let env = TendBinary.environment(home: home, extra: ["TEND_NOW": "2026-11-23T11:00:00"])
        let app = try TmuxSession(command: "\(binary) meeting open --label retro", environment: env)
        #expect(try app.waitFor("How will you open it?").found)
        try app.press("Enter")
        #expect(try app.waitFor("█").found, "the breath is drawn large")
        #expect(try app.waitFor("Enter again", timeout: 8).found)
        try app.press("Escape")
        let exit = try app.waitForExit()
        #expect(exit.contains("Saved a breath together for retro.") && exit.contains("EXIT=0"), "\(exit)")
        let log = try CommandRunner.run([binary, "log", "--json", "--kind", "meeting"], environment: env)
        #expect(json(log.stdout).first?["ritual"] as? String == "breath", "\(log.stdout)")
    }
}
