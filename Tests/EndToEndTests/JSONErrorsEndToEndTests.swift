import Foundation
import Testing
import TendTestSupport

/// Under `--json` a command's errors are JSON too: each stderr line one
/// object with `error` (and `path` when a file is concerned), beside the
/// usual exit status.
@Suite("Errors as JSON under --json")
struct JSONErrorsEndToEndTests {
    /// Each line of stderr, parsed; a line that is not a JSON object fails the test.
    static func errors(_ stderr: String) -> [[String: Any]] {
        stderr.split(separator: "\n").map { line in
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object != nil, "not JSON: \(line)")
            return object ?? [:]
        }
    }

    func run(_ arguments: [String], home: URL) throws -> CommandResult {
        let env = TendBinary.environment(home: home, extra: ["TEND_NOW": "2026-11-25T14:00:00"])
        return try CommandRunner.run([try TendBinary.path()] + arguments, environment: env)
    }

    @Test("a usage mistake is JSON, with status 64", arguments: [
        ["log", "--json", "--since", "someday"], ["today", "--json", "--bogus"], ["stats", "--json", "extra"],
        ["focus", "--json", "--for"],
    ])
    func usage(arguments: [String]) throws {
        let home = try TendBinary.freshHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try run(arguments, home: home)
        #expect(result.status == 64)
        let errors = Self.errors(result.stderr)
        #expect(errors.count == 1, "\(result.stderr)")
        #expect((errors.first?["error"] as? String)?.isEmpty == false)
        #expect(errors.first?["path"] == nil)
        #expect(result.stdout.isEmpty)
    }

    @Test("a journal that cannot be read is JSON with its path, and status 1", arguments: ["log", "today", "stats", "focus"])
    func unreadable(command: String) throws {
        let home = try TendBinary.freshHome()
        defer { try? FileManager.default.removeItem(at: home) }
        // A file where the data folder should be.
        let blocker = home.appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: blocker)
        let result = try run([command, "--json", "--data-dir", blocker.path], home: home)
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        let errors = Self.errors(result.stderr)
        #expect(errors.count == 1, "\(result.stderr)")
        #expect((errors.first?["error"] as? String)?.isEmpty == false)
        #expect((errors.first?["path"] as? String)?.hasPrefix(blocker.path) == true, "\(result.stderr)")
    }

    @Test("without --json the same mistake is one plain line")
    func plain() throws {
        let home = try TendBinary.freshHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try run(["log", "--since", "someday"], home: home)
        #expect(result.status == 64)
        #expect(!result.stderr.hasPrefix("{"), "\(result.stderr)")
    }

    @Test("--help and --version under --json still print as text, on stdout")
    func help() throws {
        let home = try TendBinary.freshHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try run(["log", "--json", "--help"], home: home)
        #expect(result.status == 0 && result.stdout.contains("USAGE") && result.stderr.isEmpty)
    }
}
