import Foundation
import Testing
import TendTestSupport

/// A repair key by key in a real terminal and two moments from the shell,
/// then the journal and the numbers read back as JSON.
@Suite("Repair and balance in a real terminal", .serialized)
struct RepairEndToEndTests {
    @Test("a guided repair and two tallies reach tend log --json and tend stats --json")
    func repairAndTallies() throws {
        let binary = try TendBinary.path()
        let home = try TendBinary.freshHome()
        let env = TendBinary.environment(home: home, extra: ["TEND_NOW": "2026-11-23T07:10:00"])

        let app = try TmuxSession(command: "\(binary) repair", environment: env)
        #expect(try app.waitFor("Step 1 of 9").found)
        let asked = try app.waitFor("How long ago was it?", timeout: 8)
        #expect(asked.found, "the breath did not move on by itself: \(asked.screen)")
        try app.press("2")
        try app.type("Zoë")
        try app.press("Enter")
        try app.type("you never listen")
        try app.press("Enter")
        #expect(try app.waitFor("not a verdict").found)
        try app.press("C-u")
        try app.type("I snapped about the bike 🚲")
        try app.press("Enter")
        #expect(try app.waitFor("Which part was yours?").found)
        try app.type("I was tired")
        try app.press("Enter")
        #expect(try app.waitFor("What was it like for Zoë?").found)
        try app.press("Enter", "Enter", "Enter")      // their side, my meaning and a next step, all skipped
        #expect(try app.waitFor("One way back to each other").found)
        try app.press("n")
        try app.press("Enter")
        #expect(try app.waitFor("Words you could say:").found)
        try app.press("Escape")
        #expect(try app.waitFor("Step 8 of 9").found)
        try app.press("Enter")
        #expect(try app.waitFor("Step 9 of 9").found)
        try app.press("Enter")
        let exit = try app.waitForExit()
        #expect(exit.contains("EXIT=0"), "\(exit)")

        let good = try CommandRunner.run([binary, "tally", "+", "laughed together at breakfast", "--with", "Zoë"],
                                         environment: env)
        #expect(good.status == 0, "\(good.stderr)")
        let hard = try CommandRunner.run([binary, "tally", "-", "snapped about the dishes"], environment: env)
        #expect(hard.status == 0, "\(hard.stderr)")
        let wrong = try CommandRunner.run([binary, "tally", "+"], environment: env)
        #expect(wrong.status != 0)
        #expect(wrong.stderr.contains("A few words are enough"), "\(wrong.stderr)")

        let log = try CommandRunner.run([binary, "log", "--json"], environment: env)
        #expect(log.status == 0, "\(log.stderr)")
        let lines = log.stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        let repair = lines.first { ($0["kind"] as? String) == "repair" }
        #expect(repair?["who"] as? String == "Zoë", "\(log.stdout)")
        #expect(repair?["latency"] as? String == "within-hour")
        #expect(repair?["happened"] as? String == "I snapped about the bike 🚲")
        #expect(repair?["myPart"] as? String == "I was tired")
        #expect((repair?["gesture"] as? String)?.isEmpty == false)
        let tallies = lines.filter { ($0["kind"] as? String) == "tally" }
        #expect(Set(tallies.compactMap { $0["tone"] as? String }) == ["positive", "negative"], "\(log.stdout)")
        #expect(tallies.contains { $0["person"] as? String == "Zoë" && $0["text"] as? String == "laughed together at breakfast" })

        let stats = try CommandRunner.run([binary, "stats", "--json"], environment: env)
        #expect(stats.status == 0, "\(stats.stderr)")
        let document = try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any]
        let balance = document?["balance"] as? [String: Any]
        let week = balance?["thisWeek"] as? [String: Any]
        #expect(week?["good"] as? Int == 1, "\(stats.stdout)")
        #expect(week?["hard"] as? Int == 1)
        #expect(week?["repairs"] as? Int == 1)
        let repairs = balance?["repairs"] as? [String: Any]
        #expect(repairs?["typicalLatency"] as? String == "within-hour", "\(stats.stdout)")

        let text = try CommandRunner.run([binary, "stats"], environment: env)
        #expect(text.stdout.contains("this week 1 good : 1 hard"), "\(text.stdout)")
        #expect(text.stdout.contains("Repairs usually come within the hour"), "\(text.stdout)")
    }
}
