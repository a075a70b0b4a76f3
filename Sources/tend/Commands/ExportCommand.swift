import ArgumentParser
import Foundation
import TendCore
import TendStorage

/// `tend export`: the whole journal as JSON Lines, CSV or Markdown.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write out your whole journal, oldest first.",
        discussion: "json is the journal's own format (edits applied) and can be read back with tend import."
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("json, csv or markdown.", valueName: "format"))
    var format: String = "json"

    @Option(name: .customLong("output"), help: ArgumentHelp("Write to this file (replaced whole) instead of stdout.", valueName: "file"))
    var output: String?

    func validate() throws {
        guard ExportFormat(rawValue: format.lowercased()) != nil else {
            throw ValidationError("Tend can export json, csv or markdown, not \"\(SafeText.line(format))\".")
        }
    }

    func run() throws {
        StorageCommandSupport.exitQuietlyOnBrokenPipe()
        StorageCommandSupport.survivesFileSizeLimit()
        guard let format = ExportFormat(rawValue: format.lowercased()) else { return }
        let journal = Journal(paths: global.paths)
        let history = try StorageCommandSupport.reporting { () throws(StorageError) in try journal.history() }
        let progress = StorageCommandSupport.progress("Exporting", expected: history.records.count)
        let practices = CustomPractices.library(global.paths)
        if let output {
            var bytes: [UInt8] = []
            try StorageCommandSupport.reporting { () throws(StorageError) in
                try JournalExporter.export(history, as: format, practices: practices, progress: progress) { chunk in bytes.append(contentsOf: chunk) }
                try AtomicFileWriter.write(bytes, to: Self.absolute(output))
            }
            let count = history.records.count
            StorageCommandSupport.printError("Wrote \(count) entr\(count == 1 ? "y" : "ies") to \(output).")
        } else {
            var out = StandardOutput()
            try StorageCommandSupport.reporting { () throws(StorageError) in
                try JournalExporter.export(history, as: format, practices: practices, progress: progress) { chunk in out.write(bytes: chunk) }
            }
            out.flush()
        }
    }

    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }
}
