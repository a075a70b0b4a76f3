import ArgumentParser
import Foundation
import TendCore
import TendStorage
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `tend export`: the whole journal as JSON Lines, CSV or Markdown.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write out your whole journal, oldest first.",
        discussion: """
            json is the journal's own format, every line another device needs (edits and deletes included); \
            tend import there shows the same history. csv and markdown show your entries as they stand, \
            without the reminders Tend offered. In csv, control characters are shown harmlessly and a cell \
            that starts with =, +, -, @, a tab or a carriage return starts with ' instead, so a spreadsheet \
            never runs it as a formula. Nothing is ever written into the data folder.
            """
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
        TempFileCleanup.install()
        guard let format = ExportFormat(rawValue: format.lowercased()) else { return }
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
        let reading = try StorageCommandSupport.reporting { () throws(StorageError) in try journal.exportable(as: format) }
        StorageCommandSupport.report(reading.skipped)
        let records = reading.value
        let progress = StorageCommandSupport.progress("Exporting", expected: records.count)
        if let output {
            var bytes: [UInt8] = []
            try StorageCommandSupport.reporting { () throws(StorageError) in
                try JournalExporter.export(records, as: format, progress: progress) { chunk in bytes.append(contentsOf: chunk) }
                try AtomicFileWriter.write(bytes, to: Self.absolute(output))
            }
            let count = records.count
            let what = format == .json ? (count == 1 ? "1 line" : "\(count) lines") : ImportCommand.entries(count)
            StorageCommandSupport.printError("Wrote \(what) to \(output).")
        } else {
            var out = StandardOutput()
            try StorageCommandSupport.reporting { () throws(StorageError) in
                try JournalExporter.export(records, as: format, progress: progress) { chunk in out.write(bytes: chunk) }
            }
            try StorageCommandSupport.finish(&out, writing: "the export")
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
