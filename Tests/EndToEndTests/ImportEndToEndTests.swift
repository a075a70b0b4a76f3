import Foundation
import Testing
import TendTestSupport

/// `tend import --from jrnl` on exports made by real jrnl (installed from
/// PyPI into `.build/jrnl-venv` by `make test`): accents, emoji, multi-line
/// bodies and tags, imported twice, and a broken entry named.
@Suite("Importing from jrnl", .serialized)
struct ImportEndToEndTests {
    /// jrnl: `TEND_JRNL`, else the virtual environment `make test` makes.
    static func jrnl(filePath: String = #filePath) -> String? {
        if let given = ProcessInfo.processInfo.environment["TEND_JRNL"], !given.isEmpty { return given }
        var root = URL(fileURLWithPath: filePath)
        while root.path != "/", !FileManager.default.fileExists(atPath: root.appendingPathComponent("Package.swift").path) {
            root.deleteLastPathComponent()
        }
        let candidate = root.appendingPathComponent(".build/jrnl-venv/bin/jrnl").path
        return FileManager.default.isExecutableFile(atPath: candidate) ? candidate : nil
    }

    /// A jrnl journal in `home` with these entries, exported as jrnl does it.
    static func export(_ entries: [String], home: URL, jrnl: String) throws -> URL {
        let config = home.appendingPathComponent("jrnl.yaml")
        try """
            colors: {body: none, date: none, tags: none, title: none}
            default_hour: 9
            default_minute: 0
            editor: ''
            encrypt: false
            highlight: false
            indent_character: '|'
            journals:
              default:
                journal: \(home.appendingPathComponent("journal.txt").path)
            linewrap: 79
            tagsymbols: '#@'
            template: false
            timeformat: '%F %r'
            version: v4.2

            """.write(to: config, atomically: true, encoding: .utf8)
        let env = TendBinary.environment(home: home, extra: ["XDG_CONFIG_HOME": home.path + "/.config", "XDG_DATA_HOME": home.path + "/.local/share"])
        for entry in entries {
            let added = try CommandRunner.run([jrnl, "--config-file", config.path, entry], environment: env)
            #expect(added.status == 0, "jrnl: \(added.stderr)")
        }
        let file = home.appendingPathComponent("export.json")
        let exported = try CommandRunner.run([jrnl, "--config-file", config.path, "--format", "json", "--file", file.path], environment: env)
        #expect(exported.status == 0, "jrnl: \(exported.stderr)")
        return file
    }

    @Test("a real jrnl export: appreciations to whom it is addressed, notes for the rest, twice adds nothing")
    func realExport() throws {
        guard let jrnl = Self.jrnl() else {
            Issue.record("jrnl is needed: `make test` installs it into .build/jrnl-venv (or set TEND_JRNL)")
            return
        }
        let binary = try TendBinary.path()
        let home = try TendBinary.freshHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let file = try Self.export([
            "2026-11-23 21:30: To Zoë: you sang the whole way home 🎶. I kept smiling.",
            "2026-11-24 08:05: Café with José and @ana.\nShe talked about the new job,\nand I listened all the way.",
            "2026-11-25 07:00: Crème brûlée experiment #baking #family\nSecond try went better.",
        ], home: home, jrnl: jrnl)
        let env = TendBinary.environment(home: home)
        // Ana is someone Tend knows, so @ana makes that entry an appreciation to her.
        #expect(try CommandRunner.run([binary, "thanks", "--to", "Ana", "You lent me your umbrella."], environment: env).status == 0)

        let dry = try CommandRunner.run([binary, "import", "--from", "jrnl", "--dry-run", file.path], environment: env)
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("Would add 3 entries (1 note, 2 appreciations: Ana 1, Zoë 1); 0 already here; 0 refused."), "\(dry.stdout)")
        let first = try CommandRunner.run([binary, "import", "--from", "jrnl", file.path], environment: env)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("Added 3 entries"), "\(first.stdout)")
        let again = try CommandRunner.run([binary, "import", "--from", "jrnl", file.path], environment: env)
        #expect(again.stdout.hasPrefix("Added 0 entries; 3 already here"), "\(again.stdout)")

        let log = try CommandRunner.run([binary, "log", "--json"], environment: env).stdout
        let records = log.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(records.count == 4)
        let zoe = try #require(records.first { $0["person"] as? String == "Zoë" })
        #expect(zoe["kind"] as? String == "appreciation")
        // jrnl splits off the first sentence as the title and keeps a line break there in its own file too.
        #expect(zoe["text"] as? String == "To Zoë: you sang the whole way home 🎶.\nI kept smiling.")
        #expect(zoe["time"] as? String == "2026-11-23T21:30:00+00:00")
        let ana = try #require(records.first { ($0["text"] as? String)?.hasPrefix("Café") == true })
        #expect(ana["kind"] as? String == "appreciation" && ana["person"] as? String == "Ana")
        #expect(ana["text"] as? String == "Café with José and @ana.\nShe talked about the new job,\nand I listened all the way.")
        let note = try #require(records.first { $0["kind"] as? String == "note" })
        #expect(note["text"] as? String == "Crème brûlée experiment #baking #family\nSecond try went better.")
        #expect(note["tags"] as? String == "#baking, #family")
        #expect(note["source"] as? String == "jrnl")
        #expect(try CommandRunner.run([binary, "doctor"], environment: env).status == 0, "whatever import accepts, doctor reads")
    }

    @Test("an entry that cannot be read is named, the rest imported, exit 1; a file that is not an export is refused whole")
    func brokenExport() throws {
        let binary = try TendBinary.path()
        let home = try TendBinary.freshHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let env = TendBinary.environment(home: home)
        let file = home.appendingPathComponent("broken.json")
        try #"{"tags": {}, "entries": [{"title": "Kept.", "body": "", "date": "2026-11-23", "time": "21:30", "tags": [], "starred": false}, {"title": "No day.", "body": "", "time": "9:00", "tags": [], "starred": false}]}"#
            .write(to: file, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run([binary, "import", "--from", "jrnl", file.path], environment: env)
        #expect(result.status == 1)
        #expect(result.stdout.contains("Added 1 entry as a note; 0 already here; 1 refused."), "\(result.stdout)")
        #expect(result.stdout.contains("  entry 2: its \"date\" is missing"), "\(result.stdout)")
        let csv = home.appendingPathComponent("notes.csv")
        try "day,words\n2026-11-23,Hi\n".write(to: csv, atomically: true, encoding: .utf8)
        let refused = try CommandRunner.run([binary, "import", "--from", "jrnl", csv.path], environment: env)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("Nothing was imported: \(csv.path) is not a jrnl export ("), "\(refused.stderr)")
        let columns = try CommandRunner.run([binary, "import", "--from", "csv", "--date-column", "day", "--text-column", "words", csv.path], environment: env)
        #expect(columns.status == 0 && columns.stdout.hasPrefix("Added 1 entry as a note"), "\(columns.stdout)\(columns.stderr)")
    }
}
