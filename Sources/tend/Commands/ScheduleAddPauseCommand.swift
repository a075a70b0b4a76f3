import ArgumentParser
import TendCore
import TendStorage

/// `tend schedule add-pause HH:MM "label" [--days D]`.
struct ScheduleAddPauseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add-pause",
        abstract: "Add a doorway-pause reminder, say before a daily meeting."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("24-hour local time, like 09:55.", valueName: "HH:MM"))
    var time: String

    @Argument(help: ArgumentHelp("A few words to recognise it by, like \"before stand-up\".", valueName: "label"))
    var label: String

    @Option(help: ArgumentHelp("all (the default), weekdays, weekends, a range like mon-fri, or a list like mon,wed.", valueName: "days"))
    var days: String?

    func validate() throws {
        guard TimeOfDay(parsing: time) != nil else {
            throw ValidationError("\"\(SafeText.line(time))\" isn't a time Tend can read; use 24-hour HH:MM, like 09:55.")
        }
        if let days, Weekdays(spec: days) == nil {
            throw ValidationError("\"\(SafeText.line(days))\" isn't a set of days Tend knows. Try \(Weekdays.expectation).")
        }
    }

    func run() throws {
        guard let time = TimeOfDay(parsing: time) else { return }
        let file = ConfigFile(paths: global.paths)
        try ScheduleCommand.reporting { try file.apply(.addPause(time: time, label: label, days: days)) }
        let added = file.load().config.schedule.pauses.last { $0.time == time && $0.label == label }
        if let added, case .pause(let number, _) = added.kind {
            print("Added pause \(number): \(added.time), \(added.days), \"\(SafeText.line(label))\".")
        } else {
            print("Added the pause at \(time).")
        }
    }
}
