import ArgumentParser
import Foundation
import TendCore
import TendJournalFormat
import TendScheduler
import TendStorage

/// `tend today`: one line (or one JSON object) on where today stands, for
/// tmux's status-right, waybar, i3blocks, polybar and starship. It reads
/// only this week's months, as home does, and writes nothing.
struct TodayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "today",
        abstract: "Print where today stands in one line, or as JSON, for a status bar.",
        discussion: """
            The line reads like "✓ morning · pause 2 · bedtime at 21:30 · 3 : 1": each ritual done (✓), \
            due at its time, due now, or open (its time passed, still time today), the doorway pauses \
            breathed today, and this week's good moments beside hard ones. --json prints one object on \
            one line with the same and more: text, tooltip and class (waybar reads those as they are), \
            day, rituals, next (the next prompt), focus (the week's focus while one runs, else the \
            check-in's practice; with today's intention and mood) and balance. \
            See the README for tmux, waybar, i3blocks, polybar and starship.
            """)

    @OptionGroup var global: GlobalOptions

    @Flag(help: "One JSON object on one line, for scripts and status bars.")
    var json = false

    func run() throws {
        StorageCommandSupport.exitQuietlyOnBrokenPipe()
        let now = try LaunchClock.now()
        let zone = Zone.current
        let today = LocalDay(containing: now, in: zone)
        let monday = today.adding(days: -((today.daysSinceEpoch + 3) % 7))
        let journal = Journal(paths: global.paths)
        // Only this week's months: from the Monday (a day early, for other time zones),
        // or from the start of a focus week that may still be running, if earlier.
        let first = min(monday.adding(days: -1), today.adding(days: -(Focus.length + 1)))
        let since = WallClockReading(day: first, secondsSinceMidnight: 0).resolved(in: zone)
        let reading = try StorageCommandSupport.reporting { () throws(StorageError) in try journal.readRecords(since: since) }
        StorageCommandSupport.report(reading.skipped)
        let recent = RecentJournal(lines: reading.value)
        let schedule = ConfigFile(paths: global.paths).load().config.schedule
        let wall = WallClockReading(now, in: zone)
        let status = TodayStatus(records: Array(recent.records(from: monday)), schedule: schedule, today: today,
                                 minutesSinceMidnight: wall.secondsSinceMidnight / 60,
                                 focusWeek: FocusTracker.current(in: recent.records, now: LocalTime(now, in: zone)))
        let next = Self.nextPrompt(schedule: schedule, lines: reading.value, records: recent.records, now: now, zone: zone)
        var out = StandardOutput()
        if json {
            let practices = CustomPractices.library(global.paths)
            out.write(bytes: JSONLineWriter.line(TodayJSON.object(status, next: next, now: now, zone: zone, practices: practices)))
        } else {
            out.write(status.line)
        }
        out.write("\n")
        try StorageCommandSupport.finish(&out, writing: "today")
    }

    /// The prompt that fires next, and when: not one already offered, nor a
    /// morning or bedtime already done today.
    static func nextPrompt(schedule: Schedule, lines: [Record], records: [Record], now: Date, zone: Zone)
        -> (prompt: ScheduledPrompt, at: Date)? {
        let scheduler = Scheduler(schedule: schedule)
        let settled = RemindCommand.firings(in: lines).union(DoneRituals.firings(in: records))
        return schedule.prompts.compactMap { prompt in
            scheduler.nextFire(of: prompt, after: now, fired: settled, timeZone: zone).map { (prompt, $0) }
        }.min { $0.at < $1.at }
    }
}
