import Foundation
import Testing
import TendTestSupport

/// The three rituals in a real terminal, then the journal read back as JSON.
@Suite("The rituals in a real terminal", .serialized)
struct RitualsEndToEndTests {
    @Test("a check-in, a pause from the shell and an appreciation with emoji all reach the journal")
    func threeRituals() throws {
        let binary = try TendBinary.path()
        let home = try TendBinary.freshHome()
        let env = TendBinary.environment(home: home, extra: ["TEND_NOW": "2026-11-23T07:10:00"])

        let app = try TmuxSession(command: binary, environment: env)
        #expect(try app.waitFor("Good morning.").found)
        try app.press("m")
        #expect(try app.waitFor("How do you feel").found)
        try app.press("4")
        try app.press("2")
        #expect(try app.waitFor("Today's practice").found)
        try app.press("Enter")
        try app.type("Zoë")
        try app.press("Enter")
        #expect(try app.waitFor("Your morning").found)
        try app.press("Enter")
        let home1 = try app.waitFor("✓ done")
        #expect(home1.found, "\(home1.screen)")

        try app.press("t")
        #expect(try app.waitFor("About").found)
        try app.type("José")
        try app.press("Enter")
        for character in "You hummed while fixing my bike 🚲 and it made my day" {
            try app.type(String(character))
        }
        try app.press("Enter")
        // Offered to send it to José; this time it stays private.
        #expect(try app.waitFor("Send it to José?").found)
        try app.press("Escape")
        let asked = try app.waitFor("This morning you chose")
        #expect(asked.found, "\(asked.screen)")
        try app.press("y")
        #expect(try app.waitFor("Sleep well.").found)
        try app.press("q")
        #expect(try app.waitForExit().contains("EXIT=0"))

        let pause = try TmuxSession(command: "\(binary) pause --seconds 2 --intention listen", environment: env)
        let paused = try pause.waitForExit(timeout: 10)
        #expect(paused.contains("EXIT=0"), "\(paused)")

        let log = try CommandRunner.run([binary, "log", "--json"], environment: env)
        #expect(log.status == 0, "\(log.stderr)")
        let lines = log.stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        let kinds = lines.compactMap { $0["kind"] as? String }
        let checkIn = lines.first { ($0["kind"] as? String) == "check-in" }
        #expect(checkIn?["mood"] as? Int == 4, "\(log.stdout)")
        #expect(checkIn?["intention"] as? String == "listen")
        #expect(checkIn?["person"] as? String == "Zoë")
        #expect(checkIn?["practiceDone"] as? Bool == true, "the bedtime answer was not folded in")
        #expect(kinds.contains("pause"), "\(log.stdout)")
        let thanks = lines.first { ($0["kind"] as? String) == "appreciation" }
        #expect(thanks?["person"] as? String == "José", "\(log.stdout)")
        #expect(thanks?["text"] as? String == "You hummed while fixing my bike 🚲 and it made my day")
        let pauseRecord = lines.first { ($0["kind"] as? String) == "pause" }
        #expect(pauseRecord?["outcome"] as? String == "completed", "\(log.stdout)")
    }
}
