import ArgumentParser
import Foundation
import TendCore
import TendStorage

/// `tend export`: the whole journal as JSON Lines, CSV or Markdown.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write out your whole journal, oldest first.",
        discussion: """
            json is the journal's own format (edits applied) and can be read back with tend import.
            --format html --for NAME writes a page of everything you wrote about one person, grouped \
            by month: a gift to print or send them.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("json, csv, markdown, or html (with --for).", valueName: "format"))
    var format: String = "json"

    @Option(name: .customLong("output"), help: ArgumentHelp("Write to this file (replaced whole) instead of stdout.", valueName: "file"))
    var output: String?

    @Option(name: .customLong("for"), help: ArgumentHelp("Only entries about this person (case and accents ignored).", valueName: "name"))
    var person: String?

    @Option(help: ArgumentHelp("From this day on (YYYY-MM-DD, or today).", valueName: "date"))
    var since: String?

    func validate() throws {
        if format.lowercased() == "html" {
            guard person != nil else { throw ValidationError("The html page is about one person: add --for NAME.") }
        } else if ExportFormat(rawValue: format.lowercased()) == nil {
            throw ValidationError("Tend can export json, csv, markdown or html, not \"\(SafeText.line(format))\".")
        }
        if let since, LogCommand.day(since) == nil {
            throw ValidationError("--since needs a day like 2026-11-23 (or today); it got \"\(SafeText.line(since))\".")
        }
    }

    func run() throws {
        StorageCommandSupport.exitQuietlyOnBrokenPipe()
        StorageCommandSupport.survivesFileSizeLimit()
        let journal = Journal(paths: global.paths)
        var history = try StorageCommandSupport.reporting { () throws(StorageError) in try journal.history() }
        if format.lowercased() == "html", let person {
            return try GiftExport.write(history.records, about: person, since: since.flatMap(LogCommand.day), to: output)
        }
        guard let format = ExportFormat(rawValue: format.lowercased()) else { return }
        if person != nil || since != nil {
            var matcher = RecordMatcher(RecordQuery(person: person, sinceDay: since.flatMap(LogCommand.day)))
            history = History(history.records.filter { matcher.matches($0) })
        }
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
