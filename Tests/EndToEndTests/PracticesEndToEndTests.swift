import Foundation
import Testing
import TendTestSupport

/// `tend practices` on the shell: the people filter, the JSON keys and the
/// evening question, for built-in cards and for the user's own.
@Suite("Practice cards on the shell", .serialized)
struct PracticesEndToEndTests {
    static func cards(_ output: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
    }

    @Test("--who neighbour lists only cards for neighbours, each with its evening question")
    func whoFilter() throws {
        let binary = try TendBinary.path()
        let env = TendBinary.environment(home: try TendBinary.freshHome())
        let result = try CommandRunner.run([binary, "practices", "--who", "neighbour", "--json"], environment: env)
        #expect(result.status == 0, "\(result.stderr)")
        let cards = try Self.cards(result.stdout)
        #expect(cards.count >= 6)
        for card in cards {
            #expect((card["who"] as? [String])?.contains("neighbour") == true, "\(card)")
            #expect((card["followUp"] as? String)?.hasSuffix("?") == true, "\(card)")
        }
        let both = try CommandRunner.run([binary, "practices", "--group", "community", "--who", "Stranger", "--json"],
                                         environment: env)
        #expect(both.status == 0, "\(both.stderr)")
        let strangers = try Self.cards(both.stdout)
        #expect(!strangers.isEmpty)
        for card in strangers {
            #expect(card["group"] as? String == "community" && (card["who"] as? [String])?.contains("stranger") == true)
        }
    }

    @Test("an unknown --who names the choices and fails")
    func unknownWho() throws {
        let binary = try TendBinary.path()
        let env = TendBinary.environment(home: try TendBinary.freshHome())
        let result = try CommandRunner.run([binary, "practices", "--who", "cats"], environment: env)
        #expect(result.status != 0)
        #expect(result.stderr.contains("unknown --who 'cats'"), "\(result.stderr)")
        #expect(result.stderr.contains("ageing-parent, long-distance, neighbour, stranger"), "\(result.stderr)")
    }

    @Test("a custom card without follow_up shows the gentle default, with no warning")
    func customCardDefault() throws {
        let binary = try TendBinary.path()
        let home = try TendBinary.freshHome()
        let env = TendBinary.environment(home: home)
        let config = home.appendingPathComponent(".config/tend")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try """
            [[practice]]
            id = "tea-at-four"
            name = "Tea at four"
            group = "at-work"
            how = "Bring a colleague a cup of tea at four."
            why = "A small ritual gives an afternoon a warm point."
            when = ["daytime"]
            where = ["work"]
            who = ["colleague", "neighbour"]
            seconds = 120
            """.write(to: config.appendingPathComponent("practices.toml"), atomically: true, encoding: .utf8)
        let shown = try CommandRunner.run([binary, "practices", "show", "tea-at-four"], environment: env)
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stderr.isEmpty, "\(shown.stderr)")
        #expect(shown.stdout.contains("Later  Did you find a moment for it today?"), "\(shown.stdout)")
        let mine = try CommandRunner.run([binary, "practices", "--who", "neighbour", "--json"], environment: env)
        let tea = try Self.cards(mine.stdout).first { $0["id"] as? String == "tea-at-four" }
        #expect(tea?["source"] as? String == "custom")
        #expect((tea?["followUp"] as? String)?.isEmpty == false)
    }
}
