import ArgumentParser
import Foundation
import TendCore
import TendJournalFormat
import TendStorage

/// `tend import FILE`: adds records from a Tend export (a JSON array or JSON
/// Lines) or a pipe, or with `--from`, entries from another journal. Safe to
/// run twice.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add entries from a tend export, a pipe (-), or another journal (--from).",
        discussion: """
            Without --from it reads what tend export --format json or --format jsonl writes, or month files \
            (2026/2026-11.jsonl) from another device. Lines already in your journal are left alone, so \
            importing twice adds nothing; edits and deletes come along. Example: ssh laptop tend export | tend import -

            --from jrnl reads jrnl's JSON export (jrnl --format json --file x.json); --from dayone Day One's \
            JSON export, the zip itself or the Journal.json inside it; --from daylio Daylio's CSV export; \
            --from csv any CSV with a date and a text column (Presently's, a spreadsheet's), named with \
            --date-column and --text-column. An entry addressed to someone ("To Ana: …") or tagged with \
            the name of someone you already write about (@ana) becomes an appreciation to them; the rest \
            become notes. Each entry's id comes from the entry, so importing the same file twice adds \
            nothing. An entry that cannot be read is named with its place, and the rest are imported. \
            Daylio's moods become Tend's scale: rad 5, good 4, meh 3, bad 2, awful 1.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Read another journal's export: jrnl, dayone, daylio or csv.", valueName: "format"))
    var from: String?

    @Flag(name: .customLong("dry-run"), help: "Count what would be added, and add nothing.")
    var dryRun = false

    @Option(name: .customLong("date-column"), help: ArgumentHelp("With --from csv: the column with the date (its header, or its number from 1).", valueName: "column"))
    var dateColumn: String?

    @Option(name: .customLong("text-column"), help: ArgumentHelp("With --from csv: the column with the words.", valueName: "column"))
    var textColumn: String?

    @Flag(name: .customLong("notes-only"), help: "With --from: keep every entry as a note, none as an appreciation.")
    var notesOnly = false

    @Argument(help: ArgumentHelp("The file to read (- for standard input).", valueName: "file"))
    var file: String

    func validate() throws {
        if let from, ImportSource(rawValue: from.lowercased()) == nil {
            throw ValidationError("Tend can import --from jrnl, dayone, daylio or csv, not \"\(SafeText.line(from))\".")
        }
        if dateColumn != nil || textColumn != nil, from?.lowercased() != ImportSource.csv.rawValue {
            throw ValidationError("--date-column and --text-column go with --from csv.")
        }
        if notesOnly, from == nil {
            throw ValidationError("--notes-only goes with --from: a tend export is imported as it is.")
        }
    }

    func run() throws {
        StorageCommandSupport.survivesFileSizeLimit()
        TempFileCleanup.install()
        let journal = Journal(paths: global.paths)
        let path = file == "-" ? file : ExportCommand.absolute(file)
        let name = file == "-" ? "Standard input" : SafeText.line(file)
        if let from = from.flatMap({ ImportSource(rawValue: $0.lowercased()) }) {
            return try importForeign(from, path: path, name: name, into: journal)
        }
        let expected = file == "-" || dryRun ? 0 : ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int).flatMap { $0 }.map { $0 / 200 } ?? 0)
        let progress = StorageCommandSupport.progress("Importing", expected: expected)
        let summary = try StorageCommandSupport.reporting { () throws(StorageError) in
            try journal.importRecords(fromFile: path, dryRun: dryRun, progress: progress)
        }
        StorageCommandSupport.report(summary.skipped)
        if let format = summary.unrecognized {
            StorageCommandSupport.printError("""
                \(name) is \(format == .other ? "not a tend export" : "\(format.rawValue), not a tend export"), so nothing was imported. \
                Without --from, tend import reads what tend export --format json or jsonl writes, or month files \
                (2026/2026-11.jsonl) from another device. To make one there, run: tend export --format json > journal.json. \
                From another journal, name it: --from jrnl, dayone, daylio or csv.
                """)
            throw ExitCode.failure
        }
        try finish(summary, kinds: nil)
    }

    /// Another journal's export, read whole, made into notes and appreciations.
    private func importForeign(_ source: ImportSource, path: String, name: String, into journal: Journal) throws {
        var bytes = try StorageCommandSupport.reporting { () throws(StorageError) in try Journal.readImportFile(path) }
        var parse: ForeignParse
        switch source {
        case .jrnl:
            parse = JrnlExport.parse(bytes, timeZone: .current)
        case .dayone:
            if DayOneArchive.isZip(bytes) {
                let journals = try StorageCommandSupport.reporting { () throws(StorageError) in
                    try ImportHelper.find(forExecutable: SyncChild.executable, reading: .zip).jsonFiles(inZip: bytes)
                }
                parse = ForeignParse()
                for (index, journalFile) in journals.enumerated() {
                    let one = DayOneExport.parse(journalFile.bytes, timeZone: .current)
                    if let failure = one.failure {
                        parse.rejected.append(.init(place: .entry(index + 1, line: nil), reason: "\(journalFile.name) in the zip: \(failure)"))
                    }
                    parse.entries += one.entries
                    parse.rejected += one.rejected
                }
                if parse.entries.isEmpty, let first = parse.rejected.first, journals.count == 1 { parse.failure = first.reason }
            } else {
                parse = DayOneExport.parse(bytes, timeZone: .current)
            }
        case .daylio:
            parse = DaylioExport.parse(try Self.csvRecords(bytes), timeZone: .current)
        case .csv:
            parse = DateTextCSV.parse(try Self.csvRecords(bytes), dateColumn: dateColumn, textColumn: textColumn, timeZone: .current)
        }
        bytes = []
        if let failure = parse.failure {
            let reason = SafeText.line(failure)
            // "it is not a Day One export (…)" reads best with the file's name in place of "it".
            let sentence = reason.hasPrefix("it ") ? "\(name) \(reason.dropFirst(3))" : "\(name) cannot be read as \(source.name) export: \(reason)"
            StorageCommandSupport.printError("Nothing was imported: \(sentence).")
            throw ExitCode.failure
        }
        let known = notesOnly ? [] : Self.knownPeople(journal: journal, paths: global.paths)
        let made = ForeignImport.records(from: parse, source: source, knownPeople: known, appreciations: !notesOnly)
        let progress = dryRun ? nil : StorageCommandSupport.progress("Importing", expected: made.records.count)
        let summary = try StorageCommandSupport.reporting { () throws(StorageError) in
            try journal.importRecords(made.records, rejected: made.rejected, dryRun: dryRun, progress: progress)
        }
        StorageCommandSupport.report(summary.skipped)
        try finish(summary, kinds: made.records)
    }

    /// A CSV file's cells, read by tend-import.
    private static func csvRecords(_ bytes: [UInt8]) throws -> CSVRecords {
        try StorageCommandSupport.reporting { () throws(StorageError) in
            try ImportHelper.find(forExecutable: SyncChild.executable, reading: .csv).csvRecords(bytes)
        }
    }

    /// The report, and exit 1 when something was refused.
    private func finish(_ summary: ImportSummary, kinds records: [Record]?) throws {
        let verb = dryRun ? "Would add" : "Added"
        var first = "\(verb) \(Self.entries(summary.added))"
        if let records, summary.added > 0 {
            first += Self.breakdown(records, added: summary.added)
        }
        first += "; \(summary.alreadyPresent) already here; \(summary.rejected.count) refused."
        var lines = [first]
        if summary.otherVersions > 0 {
            lines.append("\(Self.entries(summary.otherVersions).capitalizedFirst) had an id already here with other words; both are kept and every device shows the same one (tend doctor lists them).")
        }
        for rejection in summary.rejected.prefix(50) {
            lines.append("  \(rejection.position): \(SafeText.line(rejection.reason))")
        }
        if summary.rejected.count > 50 { lines.append("  … and \(summary.rejected.count - 50) more.") }
        if !summary.rejected.isEmpty {
            lines.append(dryRun ? "Refused entries would not be imported." : "Refused entries were not imported; fix them and import the file again (what is here already stays as it is).")
        }
        if dryRun { lines.append("Nothing was written (--dry-run).") }
        print(lines.joined(separator: "\n"))
        if !summary.rejected.isEmpty { throw ExitCode.failure }
    }

    /// " (9 notes, 3 appreciations: Ana 2, José 1)".
    static func breakdown(_ records: [Record], added: Int) -> String {
        var notes = 0
        var people: [(String, Int)] = []
        for record in records {
            if case .appreciation(let a) = record.payload {
                if let index = people.firstIndex(where: { $0.0 == a.person }) { people[index].1 += 1 } else { people.append((a.person, 1)) }
            } else {
                notes += 1
            }
        }
        let thanks = people.reduce(0) { $0 + $1.1 }
        // Which of them were here already is not known: the kinds only when all are new.
        guard records.count == added else { return "" }
        guard thanks > 0 else { return added == 1 ? " as a note" : " as notes" }
        let whom = people.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(5)
            .map { "\(SafeText.line($0.0)) \($0.1)" }.joined(separator: ", ")
        return " (\(Plural.count(notes, "note")), \(Plural.count(thanks, "appreciation")): \(whom)\(people.count > 5 ? ", …" : ""))"
    }

    /// Names an `@tag` can match: everyone in people.toml and everyone already in the journal.
    static func knownPeople(journal: Journal, paths: StoragePaths) -> [String] {
        var names = PeopleFile(paths: paths).load().book.contacts.map(\.name)
        if let history = try? journal.readHistory().value {
            var seen = Set(names.map(PersonName.key))
            for record in history.records.reversed() {
                guard let person = record.payload.person, seen.insert(PersonName.key(person)).inserted else { continue }
                names.append(person)
            }
        }
        return names
    }

    static func entries(_ count: Int) -> String {
        count == 1 ? "1 entry" : "\(count) entries"
    }
}
