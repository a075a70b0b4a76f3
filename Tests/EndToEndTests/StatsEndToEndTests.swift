import Foundation
import Testing
import TendTestSupport

/// `tend stats` on the shell: appreciations written with `tend thanks`,
/// then the numbers read back as JSON and as plain text.
@Suite("Stats on the shell", .serialized)
struct StatsEndToEndTests {
    @Test("tend stats --json counts this week's appreciations, the people and the streak")
    func json() throws {
        let binary = try TendBinary.path()
        let home = try TendBinary.freshHome()
        let env = TendBinary.environment(home: home, extra: ["TEND_NOW": "2026-11-23T21:30:00"])
        for (person, text) in [("Ana", "You saved me the last slice"), ("José", "You fixed my bike 🚲"),
                               ("Ana", "You laughed at my pun")] {
            let thanks = try CommandRunner.run([binary, "thanks", "--to", person, text], environment: env)
            #expect(thanks.status == 0, "\(thanks.stderr)")
        }

        let result = try CommandRunner.run([binary, "stats", "--json"], environment: env)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["today"] as? String == "2026-11-23", "\(result.stdout)")
        let appreciations = object?["appreciations"] as? [String: Any]
        #expect(appreciations?["thisWeek"] as? Int == 3)
        #expect(appreciations?["lastWeek"] as? Int == 0)
        let streak = object?["streak"] as? [String: Any]
        #expect(streak?["days"] as? Int == 1)
        let people = object?["people"] as? [String: Any]
        let month = people?["thisMonth"] as? [[String: Any]]
        #expect(month?.compactMap { $0["name"] as? String } == ["Ana", "José"])
        let map = object?["heatMap"] as? [String: Any]
        let days = map?["days"] as? [[String: Any]]
        #expect(days?.last?["day"] as? String == "2026-11-23")
        #expect(days?.last?["rituals"] as? Int == 3)
    }

    @Test("tend stats prints the picture as plain text when piped")
    func text() throws {
        let binary = try TendBinary.path()
        let home = try TendBinary.freshHome()
        let env = TendBinary.environment(home: home, extra: ["TEND_NOW": "2026-11-23T21:30:00"])
        _ = try CommandRunner.run([binary, "thanks", "--to", "Zoë", "You made tea without asking"], environment: env)

        let result = try CommandRunner.run([binary, "stats"], environment: env)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Last 26 weeks"), "\(result.stdout)")
        #expect(result.stdout.contains("Zoë (1)"))
        #expect(!result.stdout.contains("\u{1B}["), "colour went into a pipe")
    }
}
