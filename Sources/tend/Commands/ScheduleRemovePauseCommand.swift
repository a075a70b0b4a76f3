import ArgumentParser
import TendCore
import TendStorage

/// `tend schedule remove-pause N`, numbered as `tend schedule` lists them.
struct ScheduleRemovePauseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove-pause",
        abstract: "Remove a doorway-pause reminder by its number in `tend schedule`."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The pause's number, as `tend schedule` shows it.", valueName: "N"))
    var number: Int

    func validate() throws {
        guard number >= 1 else { throw ValidationError("Pauses are numbered from 1; `tend schedule` lists them.") }
    }

    func run() throws {
        let file = ConfigFile(paths: global.paths)
        let removed = file.load().config.schedule.pauses.first { $0.kind.pauseNumber == number }
        try ScheduleCommand.reporting { try file.apply(.removePause(number: number)) }
        if let removed {
            let label = removed.label.map { $0.isEmpty ? "" : ", \"\(SafeText.line($0))\"" } ?? ""
            print("Removed pause \(number) (\(removed.time)\(label)).")
        } else {
            print("Removed pause \(number).")
        }
    }
}
