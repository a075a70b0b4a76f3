import ArgumentParser
import Foundation
import TendCore
import TendStorage

/// `tend meeting`: today's meetings and what was done at them; `open` and
/// `close` run the opener and the round on a full screen.
struct MeetingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting",
        abstract: "Open a meeting with a breath or a thank-you, close it with a round, or list today's.",
        discussion: """
            With no subcommand, lists the day's meetings: those in the schedule ([[meeting]] in \
            config.toml, or `tend schedule add-meeting`) and any other held that day, each with \
            how it was opened and closed. `--json` prints the same for scripts.
            """,
        subcommands: [MeetingOpenCommand.self, MeetingCloseCommand.self]
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The day to list (YYYY-MM-DD, or today).", valueName: "date"))
    var day: String?

    @Flag(help: "One JSON document: the day and its meetings.")
    var json = false

    func validate() throws {
        if let day, !LogCommand.isDay(day) {
            throw ValidationError("--day needs a day like 2026-11-23 (or today); it got \"\(SafeText.line(day))\".")
        }
    }

    func run() throws {
        StorageCommandSupport.exitQuietlyOnBrokenPipe()
        let now = try LaunchClock.now()
        let today = LocalDay(containing: now, in: .current)
        let shown = day.flatMap { LogCommand.day($0, today: today.description) }.flatMap(LocalDay.init(parsing:)) ?? today
        let config = ConfigFile(paths: global.paths).load()
        let journal = Journal(paths: global.paths)
        // A day's records can sit in the month file before or after (time zones), so read around it.
        let query = RecordQuery(kinds: [.meeting, .appreciation], sinceDay: shown.adding(days: -1).description,
                                untilDay: shown.adding(days: 1).description)
        var records: [Record] = []
        let skipped = try StorageCommandSupport.reporting { () throws(StorageError) in
            try journal.forEachNewestFirst(matching: query) { records.append($0); return true }
        }
        StorageCommandSupport.report(skipped)
        records.reverse()
        let meetings = MeetingDay(day: shown, schedule: config.config.schedule, records: records)
        var out = StandardOutput()
        if json {
            out.write(try MeetingReport.json(meetings))
        } else {
            out.write(MeetingReport.text(meetings, today: today))
        }
        out.write("\n")
        try StorageCommandSupport.finish(&out, writing: "the day's meetings")
        for problem in config.problems where problem.key.hasPrefix("meeting") {
            StorageCommandSupport.printError(problem.description)
        }
    }
}
