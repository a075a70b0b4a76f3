import ArgumentParser
import Foundation
import TendCore
import TendStorage

/// `tend import FILE`: adds records from a JSON Lines file, skipping any
/// already present. Safe to run twice.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add entries from a JSON Lines file (such as a tend export).",
        discussion: "Entries already in your journal (same id) are left alone, so importing twice adds nothing."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The file to read.", valueName: "file"))
    var file: String

    func run() throws {
        StorageCommandSupport.survivesFileSizeLimit()
        let journal = Journal(paths: global.paths)
        let path = ExportCommand.absolute(file)
        let expected = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int).flatMap { $0 }.map { $0 / 200 } ?? 0
        let progress = StorageCommandSupport.progress("Importing", expected: expected)
        let summary = try StorageCommandSupport.reporting { () throws(StorageError) in
            try journal.importRecords(fromFile: path, progress: progress)
        }
        var lines = ["Added \(Self.entries(summary.added)); \(summary.alreadyPresent) already here; \(summary.rejected.count) refused."]
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
