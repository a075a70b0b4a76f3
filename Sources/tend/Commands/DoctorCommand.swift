import ArgumentParser
import TendCore
import TendStorage

/// `tend doctor`: checks every journal file and says what needs attention.
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check your journal files for damage, loose permissions and anything out of place.",
        discussion: """
            Changes nothing, unless --remove-temp-files is given. Each finding names the path, what is wrong \
            and what to do. Exits with status 1 when something needs attention.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Flag(name: .customLong("remove-temp-files"), help: "Remove the temp files an interrupted import left (nothing reads them).")
    var removeTempFiles = false

    func run() throws {
        let journal = Journal(paths: global.paths)
        if removeTempFiles {
            let removed = try StorageCommandSupport.reporting { () throws(StorageError) in try journal.removeTempFiles() }
            let lines = removed.isEmpty ? ["There were no temp files to remove."] : removed.map { "Removed \($0)." }
            print(lines.map(SafeText.line).joined(separator: "\n"))
            return
        }
        // Folders shared with people: their letters files, and who can open them (never strays in the data folder).
        let book = PeopleFile(paths: global.paths).load().book
        var report = journal.diagnose(sharedFolders: LetterShelf.folders(in: book).map(\.folder.path))
        // Syncing: merge markers, and the git repository when the folder is one.
        report.findings += JournalSync.findings(directory: journal.directory)
        let config = ConfigFile(paths: global.paths)
        report.findings += LetterShelf.findings(book: book, me: config.load().config.me.name, configPath: config.path,
                                                journal: journal.directory)
        var lines = ["Checked \(journal.directory): \(report.files) file\(report.files == 1 ? "" : "s"), \(report.records) entr\(report.records == 1 ? "y" : "ies")."]
        for finding in report.findings {
            var place = finding.path ?? ""
            if let line = finding.line { place += ":\(line)" }
            let tag = finding.severity == .problem ? "problem" : "note"
            lines.append(place.isEmpty ? "\(tag): \(finding.message)" : "\(tag): \(place): \(finding.message)")
        }
        lines.append(report.isHealthy ? "All is well." : "Something needs attention (see above). Nothing was changed.")
        print(lines.map(SafeText.line).joined(separator: "\n"))
        if !report.isHealthy { throw ExitCode.failure }
    }
}
