import ArgumentParser
import TendCore
import TendStorage

/// `tend schedule set morning|bedtime HH:MM [--days D]`.
struct ScheduleSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Set the time, and optionally the days, of the morning or bedtime prompt."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Which prompt: morning or bedtime.", valueName: "morning|bedtime"))
    var ritual: String

    @Argument(help: ArgumentHelp("24-hour local time, like 07:00.", valueName: "HH:MM"))
    var time: String

    @Option(help: ArgumentHelp("all, weekdays, weekends, never, a range like mon-fri, or a list like mon,wed.", valueName: "days"))
    var days: String?

    func validate() throws {
        guard Ritual(rawValue: ritual.lowercased()) != nil else {
            throw ValidationError("\"\(SafeText.line(ritual))\" isn't a prompt Tend can set; use morning or bedtime (pauses have add-pause and remove-pause).")
        }
        guard TimeOfDay(parsing: time) != nil else {
            throw ValidationError("\"\(SafeText.line(time))\" isn't a time Tend can read; use 24-hour HH:MM, like 07:00.")
        }
        if let days, Weekdays(spec: days) == nil {
            throw ValidationError("\"\(SafeText.line(days))\" isn't a set of days Tend knows. Try \(Weekdays.expectation).")
        }
    }

    func run() throws {
        guard let ritual = Ritual(rawValue: ritual.lowercased()), let time = TimeOfDay(parsing: time) else { return }
        let file = ConfigFile(paths: global.paths)
        try ScheduleCommand.reporting { try file.apply(.setRitual(ritual, time: time, days: days)) }
        let prompt = file.load().config.schedule.prompt(for: ritual)
        print("\(prompt.kind.title): \(prompt.time), \(prompt.days). Saved in \(SafeText.line(file.path)).")
    }
}
