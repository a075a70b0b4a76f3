import ArgumentParser
import TendCore
import TendStorage

/// `tend doctor`: checks every journal file and says what needs attention.
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check your journal files for damage and loose permissions.",
        discussion: "Changes nothing. Exits with status 1 when something needs attention."
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let journal = Journal(paths: global.paths)
        var report = journal.diagnose()
        // Syncing: merge markers, and the git repository when the folder is one.
        report.findings += JournalSync.findings(directory: journal.directory)
        // Folders shared with people: their letters files, and who can open them.
        let config = ConfigFile(paths: global.paths)
        report.findings += LetterShelf.findings(book: PeopleFile(paths: global.paths).load().book, me: config.load().config.me.name,
                                                configPath: config.path)
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
