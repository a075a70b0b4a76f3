import Foundation
import Testing
import TendTestSupport

/// What the shell prints is for people: a known person's spelling is kept,
/// practices go by their names, times are padded alike, and the balance
/// says what counted as good. The JSON keeps the ids.
@Suite("Words on the shell", .serialized)
struct WordsEndToEndTests {
    static func objects(_ text: String) -> [[String: Any]] {
        text.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    @Test("--to and --with keep the spelling already known, and the people are one person")
    func knownSpelling() throws {
        let binary = try TendBinary.path()
        let env = TendBinary.environment(home: try TendBinary.freshHome(), extra: ["TEND_NOW": "2026-11-23T21:30:00"])
        for (name, text) in [("Zoë", "You made tea when I was tired"), ("zoe", "You fixed my bike 🚲"),
                             ("  ZOE ", "You laughed at my pun"), ("José", "You kept the soup warm")] {
            let thanks = try CommandRunner.run([binary, "thanks", "--to", name, text], environment: env)
            #expect(thanks.status == 0, "\(thanks.stderr)")
        }
        let tally = try CommandRunner.run([binary, "tally", "+", "a laugh at lunch", "--with", "jose"], environment: env)
        #expect(tally.status == 0, "\(tally.stderr)")

        let log = try CommandRunner.run([binary, "log", "--json"], environment: env)
        let people = Self.objects(log.stdout).compactMap { $0["person"] as? String }
        #expect(people.sorted() == ["José", "José", "Zoë", "Zoë", "Zoë"], "\(log.stdout)")

        let stats = try CommandRunner.run([binary, "stats", "--json"], environment: env)
        let document = try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any]
        let month = (document?["people"] as? [String: Any])?["thisMonth"] as? [[String: Any]]
        #expect(month?.compactMap { $0["name"] as? String } == ["Zoë", "José"], "\(stats.stdout)")
        #expect(month?.compactMap { $0["count"] as? Int } == [3, 1])
    }

    @Test("tend log and the Markdown export name practices; the JSON keeps their ids")
    func practiceNames() throws {
        let binary = try TendBinary.path()
        let home = try TendBinary.freshHome()
        let env = TendBinary.environment(home: home, extra: ["TEND_NOW": "2026-12-07T22:00:00"])
        let file = home.appendingPathComponent("old.jsonl")
        try """
            {"v":1,"id":"20261207-073000-aaaaaaaaaaaa","time":"2026-12-07T07:30:00+00:00","kind":"check-in","mood":4,"intention":"listen","practice":"reset-signal","person":"Mum"}
            {"v":1,"id":"20261207-090500-bbbbbbbbbbbb","time":"2026-12-07T09:05:00+00:00","kind":"repair","who":"Mum","latency":"just-now","happened":"I snapped","gesture":"what-do-you-need","landed":true}
            {"v":1,"id":"20261207-213000-cccccccccccc","time":"2026-12-07T21:30:00+00:00","kind":"appreciation","person":"Mum","text":"You called."}

            """.write(to: file, atomically: true, encoding: .utf8)
        let imported = try CommandRunner.run([binary, "import", file.path], environment: env)
        #expect(imported.status == 0, "\(imported.stderr)")

        let log = try CommandRunner.run([binary, "log"], environment: env)
        #expect(log.stdout.contains("A reset signal for Mum"), "\(log.stdout)")
        #expect(log.stdout.contains("way back: Ask what they need · it landed"), "\(log.stdout)")
        #expect(!log.stdout.contains("reset-signal") && !log.stdout.contains("what-do-you-need"), "\(log.stdout)")

        let json = try CommandRunner.run([binary, "log", "--json"], environment: env)
        #expect(json.stdout.contains("\"reset-signal\""), "\(json.stdout)")

        let markdown = try CommandRunner.run([binary, "export", "--format", "markdown"], environment: env)
        #expect(markdown.stdout.contains("7 Dec, 07:30**"), "\(markdown.stdout)")
        #expect(markdown.stdout.contains("7 Dec, 21:30**"), "\(markdown.stdout)")
        #expect(markdown.stdout.contains("A reset signal for Mum"), "\(markdown.stdout)")
    }

    @Test("tend stats and tend tally say what counted as good")
    func balanceWords() throws {
        let binary = try TendBinary.path()
        let env = TendBinary.environment(home: try TendBinary.freshHome(), extra: ["TEND_NOW": "2026-11-23T21:30:00"])
        _ = try CommandRunner.run([binary, "thanks", "--to", "Zoë", "You made tea"], environment: env)
        _ = try CommandRunner.run([binary, "tally", "+", "a laugh"], environment: env)
        let stats = try CommandRunner.run([binary, "stats"], environment: env)
        #expect(stats.stdout.contains("this week 2 good : 0 hard"), "\(stats.stdout)")
        #expect(stats.stdout.contains("good: 1 appreciation, 1 noted with +"), "\(stats.stdout)")
    }
}
