import Foundation
import Testing
import TendTestSupport

/// `tend --help` and every subcommand's help, word for word, against golden
/// files in `__Snapshots__` (re-recorded on purpose with
/// `TEND_RECORD_SNAPSHOTS=1`), as swift-argument-parser tests its own
/// examples: help is text users read and scripts grep, so a change to it is
/// seen in review.
@Suite("Help, word for word")
struct HelpGoldenTests {
    /// Help at 80 columns, whatever window the tests run in.
    static func help(_ path: [String]) throws -> String {
        let binary = try TendBinary.path()
        let env = TendBinary.environment(home: try TendBinary.freshHome(), extra: ["COLUMNS": "80"])
        let result = try CommandRunner.run([binary] + path + ["--help"], environment: env)
        #expect(result.status == 0, "\(path): \(result.stderr)")
        return result.stdout
    }

    /// The subcommands a help text lists under SUBCOMMANDS.
    static func subcommands(in help: String) -> [String] {
        guard let section = help.components(separatedBy: "SUBCOMMANDS:\n").dropFirst().first else { return [] }
        // The list ends at the first blank line ("See 'tend help <subcommand>'" follows it).
        let rows = section.components(separatedBy: "\n").prefix { !$0.isEmpty }
        return rows.compactMap { line in
            guard line.hasPrefix("  "), !line.hasPrefix("   "), let name = line.split(separator: " ").first,
                  name.allSatisfy({ $0.isLowercase || $0 == "-" }) else { return nil }
            return String(name)
        }
    }

    @Test("tend --help and each subcommand's help match their golden files")
    func everyHelp() throws {
        var queue: [[String]] = [[]]
        var seen = 0
        while let path = queue.first, seen < 100 {
            queue.removeFirst()
            let text = try Self.help(path)
            expectSnapshot(text, named: (["help", "tend"] + path).joined(separator: "-"))
            seen += 1
            queue += Self.subcommands(in: text).filter { $0 != "help" && !path.contains($0) }.map { path + [$0] }
        }
        #expect(seen > 15, "only \(seen) help texts were found")
    }
}
