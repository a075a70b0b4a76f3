import Foundation
import Testing
import TendCore
import TendJournalFormat
import TendTestSupport

/// `tend today` for status bars: the line, and `--json` checked against the
/// schema the README promises (every key always there, of its type).
@Suite("tend today")
struct TodayEndToEndTests {
    static let journal = """
        {"v":1,"id":"20261125-071000-0c0001","time":"2026-11-25T07:10:00+00:00","kind":"check-in","mood":4,"intention":"listen","practice":"reunion-ten-minutes","person":"Ana"}
        {"v":1,"id":"20261125-095500-0c0002","time":"2026-11-25T09:55:00+00:00","kind":"pause","intention":"notice","plannedSeconds":5,"actualSeconds":5,"outcome":"completed"}
        {"v":1,"id":"20261125-130000-0c0003","time":"2026-11-25T13:00:00+00:00","kind":"pause","intention":"listen","plannedSeconds":5,"actualSeconds":5,"outcome":"completed"}
        {"v":1,"id":"20261124-120000-0c0004","time":"2026-11-24T12:00:00+00:00","kind":"tally","tone":"positive","text":"Laughed at dinner"}
        {"v":1,"id":"20261124-130000-0c0005","time":"2026-11-24T13:00:00+00:00","kind":"tally","tone":"negative","text":"Snapped"}
        {"v":1,"id":"20261123-213000-0c0006","time":"2026-11-23T21:30:00+00:00","kind":"appreciation","person":"Zoë","text":"You waited."}
        {"v":1,"id":"20261123-080000-0c0007","time":"2026-11-23T08:00:00+00:00","kind":"tally","tone":"positive","text":"Coffee in bed"}

        """

    /// What each key of `--json` holds: a type name, or an object of keys.
    indirect enum Shape {
        case string, int, bool, stringOrNull, intOrNull
        case object([String: Shape])
        case objectOrNull([String: Shape])
    }

    static let prompt = Shape.object(["done": .bool, "state": .string, "time": .string])
    static let schema = Shape.object([
        "text": .string, "tooltip": .string, "class": .string, "day": .string, "now": .string,
        "rituals": .object(["morning": prompt, "pause": .object(["done": .int, "planned": .int]), "bedtime": prompt]),
        "next": .objectOrNull(["prompt": .string, "title": .string, "at": .string]),
        "focus": .objectOrNull(["intention": .stringOrNull, "practice": .string, "practiceName": .string, "person": .stringOrNull,
                                "mood": .intOrNull, "weekDay": .intOrNull]),
        "balance": .object(["week": .string, "good": .int, "hard": .int, "repairs": .int]),
    ])

    /// Where `value` differs from `shape`, as paths; empty when it fits exactly.
    static func mismatches(_ value: FieldValue?, _ shape: Shape, at path: String = "") -> [String] {
        switch (shape, value) {
        case (.string, .string?), (.stringOrNull, .string?), (.stringOrNull, .null?), (.int, .int?), (.bool, .bool?),
             (.intOrNull, .int?), (.intOrNull, .null?), (.objectOrNull, .null?):
            return []
        case (.objectOrNull(let keys), _):
            return mismatches(value, .object(keys), at: path)
        case (.object(let keys), .object(let object)?):
            var found = object.members.map(\.key).filter { keys[$0] == nil }.map { "\(path).\($0): not in the schema" }
            for (key, inner) in keys {
                guard let item = object[key] else { found.append("\(path).\(key): missing"); continue }
                found += mismatches(item, inner, at: "\(path).\(key)")
            }
            return found
        default:
            return ["\(path): \(String(describing: value)) is not \(shape)"]
        }
    }

    static func parse(_ text: String) throws -> FieldValue {
        .object(try JSONLineParser.parseObject(Array(text.trimmingCharacters(in: .newlines).utf8)))
    }

    @Test("the line and --json agree, and --json fits its schema before anything is written and after")
    func lineAndSchema() throws {
        let binary = try TendBinary.path()
        let home = try TendBinary.freshHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let env = TendBinary.environment(home: home, extra: ["TEND_NOW": "2026-11-25T14:00:00"])
        let empty = try CommandRunner.run([binary, "today", "--json"], environment: env)
        #expect(empty.status == 0, "\(empty.stderr)")
        let emptyObject = try Self.parse(empty.stdout)
        let emptyProblems = Self.mismatches(emptyObject, Self.schema)
        #expect(emptyProblems.isEmpty, "\(emptyProblems)")
        #expect(!FileManager.default.fileExists(atPath: home.path + "/.local/share/tend"), "today writes nothing")
        #expect(!FileManager.default.fileExists(atPath: home.path + "/.config/tend"), "not even a config")

        let file = home.appendingPathComponent("journal.jsonl")
        try Data(Self.journal.utf8).write(to: file)
        #expect(try CommandRunner.run([binary, "import", file.path], environment: env).status == 0)
        let line = try CommandRunner.run([binary, "today"], environment: env)
        #expect(line.stdout == "✓ morning · pause 2 · bedtime at 21:30 · 3 : 1\n")
        let json = try CommandRunner.run([binary, "today", "--json"], environment: env)
        #expect(json.stdout.split(separator: "\n").count == 1, "one line, as waybar reads it")
        let problems = Self.mismatches(try Self.parse(json.stdout), Self.schema)
        #expect(problems.isEmpty, "\(problems)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["text"] as? String == "✓ morning · pause 2 · bedtime at 21:30 · 3 : 1")
        let next = try #require(object["next"] as? [String: Any])
        #expect(next["prompt"] as? String == "bedtime" && next["at"] as? String == "2026-11-25T21:30:00+00:00")
        let focus = try #require(object["focus"] as? [String: Any])
        #expect(focus["intention"] as? String == "listen" && focus["person"] as? String == "Ana")
        let balance = try #require(object["balance"] as? [String: Any])
        #expect(balance["good"] as? Int == 3 && balance["hard"] as? Int == 1 && balance["week"] as? String == "2026-11-23")
    }

    @Test("while a week's focus runs, it is today's focus, before and after the check-in")
    func focusWeek() throws {
        let binary = try TendBinary.path()
        let home = try TendBinary.freshHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let env = TendBinary.environment(home: home, extra: ["TEND_NOW": "2026-11-25T14:00:00"])
        // Chosen on Sunday the 22nd (before this week's Monday), for Zoë: today is its fourth day.
        let journal = """
            {"v":1,"id":"20261122-090000-0f0001","time":"2026-11-22T09:00:00+00:00","kind":"focus","card":"good-morning-by-name","person":"Zoë","start":"2026-11-22"}

            """
        let file = home.appendingPathComponent("focus.jsonl")
        try Data(journal.utf8).write(to: file)
        #expect(try CommandRunner.run([binary, "import", file.path], environment: env).status == 0)
        func focus() throws -> [String: Any] {
            let json = try CommandRunner.run([binary, "today", "--json"], environment: env)
            #expect(Self.mismatches(try Self.parse(json.stdout), Self.schema).isEmpty, "\(json.stdout)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            return try #require(object["focus"] as? [String: Any])
        }
        let before = try focus()
        #expect(before["practice"] as? String == "good-morning-by-name" && before["person"] as? String == "Zoë")
        #expect(before["weekDay"] as? Int == 4 && before["intention"] is NSNull && before["mood"] is NSNull)

        let checkIn = """
            {"v":1,"id":"20261125-071000-0c0001","time":"2026-11-25T07:10:00+00:00","kind":"check-in","mood":4,"intention":"listen","practice":"reunion-ten-minutes","person":"Ana"}

            """
        try Data(checkIn.utf8).write(to: file)
        #expect(try CommandRunner.run([binary, "import", file.path], environment: env).status == 0)
        let after = try focus()
        #expect(after["practice"] as? String == "good-morning-by-name" && after["person"] as? String == "Zoë")
        #expect(after["weekDay"] as? Int == 4 && after["intention"] as? String == "listen" && after["mood"] as? Int == 4)
    }
}
