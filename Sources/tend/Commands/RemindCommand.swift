import ArgumentParser
import Foundation
import TendCore
import TendScheduler
import TendStorage
import TendUI

/// `tend remind`: the scheduler as a quiet background process. It sleeps
/// until the next prompt (looking again at least once a minute, so clock
/// jumps and sleep are noticed), claims each firing under the journal's lock
/// and notifies. With the app open too, each prompt still fires once. A
/// ritual already done that day is not offered; a notification that fails is
/// not counted as offered.
struct RemindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remind",
        abstract: "Run in the background and send a notification when a ritual is due.",
        discussion: """
            Uses `notify_command` from the config (a command and its arguments, started without \
            a shell; it gets the title and the message as two more arguments), else notify-send, \
            else the terminal bell and one line on stdout. When the command fails, its message is \
            logged, the bell and a line go out instead, and the prompt is tried again at the next \
            round (the next run, for --once). With [sync] every_minutes in the config, it also \
            runs tend sync that often.
            --install writes a systemd user unit (tend-remind.service) into $XDG_CONFIG_HOME/systemd/user \
            that runs this tend, turns it on with systemctl --user, and checks that notify-send can reach \
            the session bus; where there is no systemd user manager it prints the cron line instead. \
            --uninstall turns it off and removes it; --status says what is installed and running.
            """)

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Send what is due now, then exit (for cron).")
    var once = false

    @Flag(help: "Write the systemd user unit and turn it on (or print the cron line).")
    var install = false

    @Flag(help: "Turn the systemd user unit off and remove it.")
    var uninstall = false

    @Flag(help: "Say whether reminders are installed and running, and whether notifications can show.")
    var status = false

    func validate() throws {
        if [once, install, uninstall, status].filter({ $0 }).count > 1 {
            throw ValidationError("Choose one of --once, --install, --uninstall and --status.")
        }
    }

    /// A failing notification is tried again at the next rounds, this many times a day at most.
    static let attemptsPerDay = 5

    func run() throws {
        let setup = RemindSetup(paths: global.paths)
        if install { guard setup.install() else { throw ExitCode.failure }; return }
        if uninstall { guard setup.uninstall() else { throw ExitCode.failure }; return }
        if status { guard setup.status() else { throw ExitCode.failure }; return }
        let clock = SystemClock(startingAt: try LaunchClock.start(from: ProcessInfo.processInfo.environment))
        let journal = Journal(paths: global.paths)
        let configFile = ConfigFile(paths: global.paths)
        let sync = RemindSync(paths: global.paths)
        var failures: [Firing: Int] = [:]
        while true {
            // Read the config each round: edits take effect without a restart.
            let config = configFile.load().config
            let scheduler = Scheduler(schedule: config.schedule)
            let notifier = Notifier(command: config.reminders.notifyCommand)
            let now = clock.now().wall
            let recent = try journal.records(since: now.addingTimeInterval(-3 * 86_400))
            let done = DoneRituals.firings(in: recent).union(DoneRituals.meetingFirings(in: recent, schedule: config.schedule))
            var failed = false
            for due in scheduler.due(at: now, fired: Self.firings(in: recent), done: done, timeZone: .current)
            where failures[due.firing, default: 0] < Self.attemptsPerDay {
                guard let claim = try journal.claimRecord(due.firing, at: now) else { continue }
                guard case .failed(let command, let reason) = notifier.notify(title: "Tend", message: message(for: due)) else {
                    failures[due.firing] = nil
                    continue
                }
                failed = true
                failures[due.firing, default: 0] += 1
                // Not seen, so not offered: give the claim back for the app and the next round.
                try journal.release(claim, at: clock.now().wall)
                let again = once ? "the next run tries again"
                    : failures[due.firing, default: 0] < Self.attemptsPerDay ? "trying again at the next round"
                    : "giving up for today; the app still offers it"
                StorageCommandSupport.printError("tend remind: the notify command \(command) \(reason). Rang the bell instead; \(again).")
                Notifier.ring(title: "Tend", message: message(for: due))
            }
            // Real time, not TEND_NOW: it is compared with when the last sync began on disk.
            let syncWait = sync.tick(config: config, now: Date(), waiting: once)
            if once {
                if failed { throw ExitCode.failure }
                return
            }
            let today = LocalDay(containing: now, in: .current)
            failures = failures.filter { $0.key.day >= today.adding(days: -1) }
            let after = Self.firings(in: try journal.records(since: now.addingTimeInterval(-3 * 86_400)))
            let wait = scheduler.sleepInterval(from: clock.now().wall, fired: after, done: done, timeZone: .current)
            sleep(seconds: max(1, min(wait, syncWait ?? wait)))
        }
    }

    /// Prompts already offered, by any process.
    static func firings(in records: [Record]) -> Set<Firing> {
        Set(records.compactMap { record in
            if case .promptFired(let fired) = record.payload { return Firing(fired) }
            return nil
        })
    }

    private func message(for due: DuePrompt) -> String {
        let title = due.prompt.label.map { "\(due.prompt.kind.title): \($0)" } ?? due.prompt.kind.title
        let time = ClockText.time(due.scheduledAt, in: .current)
        return due.isCatchUp ? "\(title), from \(time). There is still time today." : "\(title) · \(time)"
    }
}
