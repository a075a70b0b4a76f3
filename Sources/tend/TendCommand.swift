import ArgumentParser
import TendStorage
import TendUI

/// `tend`: with no subcommand, opens the home screen.
@main
struct TendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tend",
        abstract: "A calm terminal coach for small moments of connection.",
        discussion: """
            Run `tend` alone to open the home screen.

            Exit status: 0 when the command did what it says (a saved entry stays saved even when its id \
            could not be printed: then stderr says so); 1 when something could not be done (the message \
            says what, and what was kept), or tend doctor found something to look at; 2 when there is no \
            terminal Tend can draw on; 3 when an appreciation was kept but not sent (thanks --send, send); \
            64 when the command line is not understood. A month file that cannot be read is skipped with \
            one line on stderr, and the rest is shown.

            With --json, errors go to stderr as JSON too, one object a line: {"error": "…"}, with "path" \
            when a file is concerned; the exit status is the same.
            """,
        version: TendVersion.current,
        subcommands: [CheckinCommand.self, TodayCommand.self, PauseCommand.self, RemindCommand.self, ScheduleCommand.self, PracticesCommand.self, FocusCommand.self, ReviewCommand.self, ThanksCommand.self, SendCommand.self, PeopleCommand.self, LettersCommand.self, RepairCommand.self, MeetingCommand.self, TallyCommand.self, BrowseCommand.self, LogCommand.self, WeekCommand.self, StatsCommand.self, ExportCommand.self, ImportCommand.self, DoctorCommand.self, SyncCommand.self],
    )

    @OptionGroup var global: GlobalOptions

    /// A bare `tend` is the everyday path: it opens home without building
    /// the command tree first (a few milliseconds of start-up), and so is
    /// `tend --version` (`VersionFlag`).
    static func main() {
        // Before any file is opened: a closed stdout must never become a journal file's descriptor.
        StandardStreams.guardClosed()
        if VersionFlag.answer(CommandLine.arguments) { return }
        guard CommandLine.arguments.count == 1 else {
            // Under --json even a usage mistake is reported as JSON (ErrorOutput).
            guard ErrorOutput.isJSON else { return main(nil) }
            do {
                var command = try parseAsRoot(nil)
                try command.run()
            } catch {
                ErrorOutput.exit(withError: error)
            }
            return
        }
        do {
            try AppLauncher.run(paths: StoragePaths.resolve(dataDirectory: nil, configFile: nil), route: .home)
        } catch {
            exit(withError: error)
        }
    }

    func run() throws {
        try AppLauncher.run(global: global, route: .home)
    }
}
