import ArgumentParser
import TendUI

/// `tend`: with no subcommand, opens the home screen.
@main
struct TendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tend",
        abstract: "A calm terminal coach for small moments of connection.",
        discussion: "Run `tend` alone to open the home screen.",
        version: TendVersion.current,
        subcommands: [CheckinCommand.self, PauseCommand.self, RemindCommand.self, ScheduleCommand.self, PracticesCommand.self, ThanksCommand.self, RepairCommand.self, TallyCommand.self, BrowseCommand.self, LogCommand.self, WeekCommand.self, StatsCommand.self, ExportCommand.self, ImportCommand.self, DoctorCommand.self],
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try AppLauncher.run(global: global) { _ in HomeScreen() }
    }
}
