import ArgumentParser
import Foundation
import TendCore
import TendJournalFormat
import TendStorage
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `tend export`: the whole journal as a JSON array, JSON Lines, CSV or Markdown.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write out your whole journal, oldest first.",
        discussion: """
            json is one JSON array of records in the journal's own format, every record another device needs \
            (edits and deletes included); tend import there shows the same history. jsonl is the same records \
            as JSON Lines, one per line, as the month files hold them. csv and markdown show your entries as they stand, \
            without the reminders Tend offered. In csv, control characters are shown harmlessly and a cell \
            that starts with =, +, -, @, a tab or a carriage return starts with ' instead, so a spreadsheet \
            never runs it as a formula. Nothing is ever written into the data folder.
            --format html --for NAME writes a page of everything you wrote about one person, grouped \
            by month: a gift to print or send them.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("json (an array), jsonl (JSON Lines), csv, markdown, or html (with --for).", valueName: "format"))
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
            throw ValidationError("Tend can export json, jsonl, csv, markdown or html, not \"\(SafeText.line(format))\".")
        }
        if let since, !LogCommand.isDay(since) {
            throw ValidationError("--since needs a day like 2026-11-23 (or today); it got \"\(SafeText.line(since))\".")
        }
    }

    func run() throws {
        StorageCommandSupport.exitQuietlyOnBrokenPipe()
        StorageCommandSupport.survivesFileSizeLimit()
        TempFileCleanup.install()
        let journal = Journal(paths: global.paths)
        // Only the journal writes the journal: not an export, not even through stdout.
        if let output, journal.contains(output) {
            StorageCommandSupport.printError(StorageError.insideDataFolder(path: output, dataFolder: journal.directory).description)
            throw ExitCode.failure
        }
        if output == nil, Self.standardOutputIsInside(journal) {
            StorageCommandSupport.printError("Standard output is a file in the data folder (\(journal.directory)), where only the journal writes. Nothing was written: send the export elsewhere.")
            throw ExitCode.failure
        }
        if format.lowercased() == "html", let person {
            let reading = try StorageCommandSupport.reporting { () throws(StorageError) in try journal.readHistory() }
            StorageCommandSupport.report(reading.skipped)
            return try GiftExport.write(reading.value.records, about: person, since: try LogCommand.day(since), to: output)
        }
        guard let format = ExportFormat(rawValue: format.lowercased()) else { return }
        let reading = try StorageCommandSupport.reporting { () throws(StorageError) in try journal.exportable(as: format) }
        StorageCommandSupport.report(reading.skipped)
        let records = try chosen(reading.value, from: journal)
        let practices = CustomPractices.library(global.paths)
        let progress = StorageCommandSupport.progress("Exporting", expected: records.count)
        if let output {
            var bytes: [UInt8] = []
            try StorageCommandSupport.reporting { () throws(StorageError) in
                try JournalExporter.export(records, as: format, practices: practices, progress: progress) { chunk in bytes.append(contentsOf: chunk) }
                try OutputFile.write(bytes, to: Self.absolute(output))
            }
            let count = records.count
            let what = format.carriesEveryLine ? (count == 1 ? "1 record" : "\(count) records") : ImportCommand.entries(count)
            StorageCommandSupport.printError("Wrote \(what) to \(output).")
        } else {
            var out = StandardOutput()
            try StorageCommandSupport.reporting { () throws(StorageError) in
                try JournalExporter.export(records, as: format, practices: practices, progress: progress) { chunk in out.write(bytes: chunk) }
            }
            try StorageCommandSupport.finish(&out, writing: "the export")
        }
    }

    /// The records `--for` and `--since` keep: the entries that match as they
    /// stand, and in JSON the lines that edit or delete them too, so an import
    /// elsewhere shows them as they are here.
    private func chosen(_ records: [Record], from journal: Journal) throws -> [Record] {
        guard person != nil || since != nil else { return records }
        var matcher = RecordMatcher(RecordQuery(person: person, sinceDay: try LogCommand.day(since)))
        let entries = try StorageCommandSupport.reporting { () throws(StorageError) in try journal.readHistory() }.value.records
        let kept = Set(entries.filter { matcher.matches($0) }.map(\.id))
        return records.filter { record in
            switch record.payload {
            case .edit(let edit): kept.contains(edit.target)
            case .delete(let delete): kept.contains(delete.target)
            default: kept.contains(record.id)
            }
        }
    }

    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }

    /// True when stdout is one of the files in the data folder (`tend export >> month.jsonl`).
    static func standardOutputIsInside(_ journal: Journal) -> Bool {
        var out = stat(), folder = stat()
        guard fstat(STDOUT_FILENO, &out) == 0, (out.st_mode & S_IFMT) == S_IFREG,
              stat(journal.directory, &folder) == 0, out.st_dev == folder.st_dev,
              let path = Self.path(of: STDOUT_FILENO) else { return false }
        return journal.contains(path)
    }

    /// The path of an open file, from /proc (Linux), if known.
    private static func path(of fd: Int32) -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/fd/\(fd)", &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
