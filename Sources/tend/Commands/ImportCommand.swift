import ArgumentParser
import Foundation
import TendCore
import TendStorage

/// `tend import FILE`: adds records from a JSON Lines file or a pipe,
/// skipping any already present. Safe to run twice.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add entries from a JSON Lines file (such as a tend export), or from a pipe with -.",
        discussion: """
            Reads JSON Lines only: the output of tend export --format json, or month files \
            (2026/2026-11.jsonl) from another device. Lines already in your journal are left alone, \
            so importing twice adds nothing; edits and deletes come along. Example: \
            ssh laptop tend export | tend import -
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The file to read (- for standard input).", valueName: "file"))
    var file: String

    func run() throws {
        StorageCommandSupport.survivesFileSizeLimit()
        TempFileCleanup.install()
        let journal = Journal(paths: global.paths)
        let path = file == "-" ? file : ExportCommand.absolute(file)
        let expected = file == "-" ? 0 : ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int).flatMap { $0 }.map { $0 / 200 } ?? 0)
        let progress = StorageCommandSupport.progress("Importing", expected: expected)
        let summary = try StorageCommandSupport.reporting { () throws(StorageError) in
            try journal.importRecords(fromFile: path, progress: progress)
        }
        StorageCommandSupport.report(summary.skipped)
        if let format = summary.unrecognized {
            let name = file == "-" ? "Standard input" : SafeText.line(file)
            StorageCommandSupport.printError("""
                \(name) is \(format == .other ? "not JSON Lines" : "\(format.rawValue), not JSON Lines"), so nothing was imported. \
                tend import reads JSON Lines only: what tend export --format json writes, or month files \
                (2026/2026-11.jsonl) from another device. To make one there, run: tend export --format json > journal.jsonl
                """)
            throw ExitCode.failure
        }
        var lines = ["Added \(Self.entries(summary.added)); \(summary.alreadyPresent) already here; \(summary.rejected.count) refused."]
        if summary.otherVersions > 0 {
            lines.append("\(Self.entries(summary.otherVersions).capitalizedFirst) had an id already here with other words; both are kept and every device shows the same one (tend doctor lists them).")
        }
        for rejection in summary.rejected.prefix(50) {
            lines.append("  line \(rejection.line): \(SafeText.line(rejection.reason))")
        }
        if summary.rejected.count > 50 { lines.append("  … and \(summary.rejected.count - 50) more.") }
        if !summary.rejected.isEmpty { lines.append("Refused lines were not imported; fix them and import the file again.") }
        print(lines.joined(separator: "\n"))
        if !summary.rejected.isEmpty { throw ExitCode.failure }
    }

    static func entries(_ count: Int) -> String {
        count == 1 ? "1 entry" : "\(count) entries"
    }
}

private extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
