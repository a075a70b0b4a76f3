import ArgumentParser
import Foundation
import TendCore
import TendScheduler
import TendStorage
import TendUI

/// `tend remind`: the scheduler as a quiet background process. It sleeps
/// until the next prompt (looking again at least once a minute, so clock
/// jumps and sleep are noticed), claims each firing under the journal's lock
/// and notifies. With the app open too, each prompt still fires once.
struct RemindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remind",
        abstract: "Run in the background and send a notification when a ritual is due.",
        discussion: """
            Uses `notify_command` from the config (it gets the title and the message as two \
            arguments), else notify-send, else the terminal bell and one line on stdout. \
            With [sync] every_minutes in the config, it also runs tend sync that often. \
            See the README for a systemd user unit and a cron line.
            """)

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Send what is due now, then exit (for cron).")
    var once = false

    func run() throws {
        let clock = SystemClock(startingAt: try LaunchClock.start(from: ProcessInfo.processInfo.environment))
        let journal = Journal(paths: global.paths)
        let configFile = ConfigFile(paths: global.paths)
        let sync = RemindSync(paths: global.paths)
        while true {
            // Read the config each round: edits take effect without a restart.
            let config = configFile.load().config
            let scheduler = Scheduler(schedule: config.schedule)
            let now = clock.now().wall
            let fired = try journal.firings(since: now.addingTimeInterval(-3 * 86_400))
            for due in scheduler.due(at: now, fired: fired, timeZone: .current) where try journal.claim(due.firing, at: now) {
                Notifier(command: config.reminders.notifyCommand).notify(title: "Tend", message: message(for: due))
            }
            // Real time, not TEND_NOW: it is compared with when the last sync began on disk.
            let syncWait = sync.tick(config: config, now: Date(), waiting: once)
            if once { return }
            let after = try journal.firings(since: now.addingTimeInterval(-3 * 86_400))
            let wait = scheduler.sleepInterval(from: clock.now().wall, fired: after, timeZone: .current)
            Thread.sleep(forTimeInterval: max(1, min(wait, syncWait ?? wait)))
        }
    }

    private func message(for due: DuePrompt) -> String {
        let title = due.prompt.label.map { "\(due.prompt.kind.title): \($0)" } ?? due.prompt.kind.title
        let time = ClockText.time(due.scheduledAt, calendar: .current)
        return due.isCatchUp ? "\(title), from \(time). There is still time today." : "\(title) · \(time)"
    }
}
