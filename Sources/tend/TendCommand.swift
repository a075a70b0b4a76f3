import ArgumentParser
import TendStorage
import TendUI

/// `tend`: with no subcommand, opens the home screen.
@main
struct TendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tend",
        abstract: "A calm terminal coach for small moments of connection.",
        discussion: "Run `tend` alone to open the home screen.",
        version: TendVersion.current,
        subcommands: [CheckinCommand.self, PauseCommand.self, RemindCommand.self, ScheduleCommand.self, PracticesCommand.self, ThanksCommand.self, SendCommand.self, PeopleCommand.self, RepairCommand.self, MeetingCommand.self, TallyCommand.self, BrowseCommand.self, LogCommand.self, WeekCommand.self, StatsCommand.self, ExportCommand.self, ImportCommand.self, DoctorCommand.self, SyncCommand.self],
    )

    @OptionGroup var global: GlobalOptions

    /// A bare `tend` is the everyday path: it opens home without building
    /// the command tree first (a few milliseconds of start-up).
    static func main() {
        guard CommandLine.arguments.count == 1 else { return main(nil) }
        do {
            try AppLauncher.run(paths: StoragePaths.resolve(dataDirectory: nil, configFile: nil)) { _ in HomeScreen() }
        } catch {
            exit(withError: error)
        }
    }

    func run() throws {
        try AppLauncher.run(global: global) { _ in HomeScreen() }
    }
}
