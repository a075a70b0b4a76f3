import ArgumentParser
import Foundation
import TendCore
import TendJournalFormat
import TendStorage
import TendUI

/// `tend stats`: the week screen's numbers on the shell, as compact text
/// (colour only on a terminal) or as JSON for scripts.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Print how the practice is going: rituals per day, mood, balance, practices, people, pauses.",
        discussion: "`tend stats --json | jq .streak` gives the numbers to scripts. `tend week` shows them full screen.")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "The same numbers as one JSON document.")
    var json = false

    func run() throws {
        StorageCommandSupport.exitQuietlyOnBrokenPipe()
        let now = try LaunchClock.now()
        let today = LocalDay(containing: now, in: .current)
        let journal = Journal(paths: global.paths)
        let reading = try StorageCommandSupport.reporting { () throws(StorageError) in try journal.readHistory() }
        StorageCommandSupport.report(reading.skipped)
        let records = reading.value.records
        let stats = HabitStats(records: records, today: today)
        let practices = CustomPractices.library(global.paths)
        var out = StandardOutput()
        if json {
            out.write(try StatsJSON.text(stats, practices: practices, prompts: .builtIn))
            out.write("\n")
        } else {
            out.write(WeekReport.text(stats, width: min(out.columns ?? 80, 100), practices: practices,
                                        usesColour: out.usesColour))
        }
        try StorageCommandSupport.finish(&out, writing: "the numbers")
        // Let the exit free the journal at once, not record by record (10 ms at 100,000).
        withExtendedLifetime(records) { Foundation.exit(0) }
    }
}
