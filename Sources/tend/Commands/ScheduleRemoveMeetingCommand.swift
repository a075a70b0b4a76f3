import ArgumentParser
import TendCore
import TendStorage

/// `tend schedule remove-meeting N`, numbered as `tend schedule` lists them.
struct ScheduleRemoveMeetingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove-meeting",
        abstract: "Remove a meeting by its number in `tend schedule`."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The meeting's number, as `tend schedule` shows it.", valueName: "N"))
    var number: Int

    func validate() throws {
        guard number >= 1 else { throw ValidationError("Meetings are numbered from 1; `tend schedule` lists them.") }
    }

    func run() throws {
        let file = ConfigFile(paths: global.paths)
        let removed = file.load().config.schedule.meetings.first { $0.number == number }
        try ScheduleCommand.reporting { try file.apply(.removeMeeting(number: number)) }
        if let removed {
            print("Removed meeting \(number) (\(removed.time), \"\(SafeText.line(removed.label))\").")
        } else {
            print("Removed meeting \(number).")
        }
    }
}
