import ArgumentParser
import TendCore
import TendStorage

/// `tend schedule set morning|bedtime|review HH:MM [--days D]`, and
/// `tend schedule set review off`.
struct ScheduleSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Set the time, and optionally the days, of the morning, bedtime or weekly review prompt.",
        discussion: "The weekly review is off until it is set; `tend schedule set review off` turns it off again."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Which prompt: morning, bedtime or review.", valueName: "morning|bedtime|review"))
    var ritual: String

    @Argument(help: ArgumentHelp("24-hour local time, like 07:00 (or off, for the review).", valueName: "HH:MM"))
    var time: String

    @Option(help: ArgumentHelp("all, weekdays, weekends, never, a range like mon-fri, or a list like mon,wed.", valueName: "days"))
    var days: String?

    private var isReview: Bool { ritual.lowercased() == "review" }

    func validate() throws {
        guard Ritual(rawValue: ritual.lowercased()) != nil || isReview else {
            throw ValidationError("\"\(SafeText.line(ritual))\" isn't a prompt Tend can set; use morning, bedtime or review (pauses have add-pause and remove-pause).")
        }
        if isReview, time.lowercased() == "off" {
            if days != nil { throw ValidationError("--days goes with a time; `tend schedule set review off` takes none.") }
            return
        }
        guard TimeOfDay(parsing: time) != nil else {
            throw ValidationError("\"\(SafeText.line(time))\" isn't a time Tend can read; use 24-hour HH:MM, like 07:00.")
        }
        if let days, Weekdays(spec: days) == nil {
            throw ValidationError("\"\(SafeText.line(days))\" isn't a set of days Tend knows. Try \(Weekdays.expectation).")
        }
    }

    func run() throws {
        if isReview { return try setReview() }
        guard let ritual = Ritual(rawValue: ritual.lowercased()), let time = TimeOfDay(parsing: time) else { return }
        let file = ConfigFile(paths: global.paths)
        try ScheduleCommand.reporting { try file.apply(.setRitual(ritual, time: time, days: days)) }
        let prompt = file.load().config.schedule.prompt(for: ritual)
        print("\(prompt.kind.title): \(prompt.time), \(prompt.days). Saved in \(SafeText.line(file.path)).")
    }

    /// The weekly review: on at a time (and days), or off.
    private func setReview() throws {
        let file = ConfigFile(paths: global.paths)
        guard let time = TimeOfDay(parsing: time) else {
            try ScheduleCommand.reporting { try file.apply(.removeReview) }
            print("The weekly look-back is off. Saved in \(SafeText.line(file.path)).")
            return
        }
        try ScheduleCommand.reporting { try file.apply(.setReview(time: time, days: days)) }
        guard let prompt = file.load().config.schedule.review else { return }
        print("\(prompt.kind.title): \(prompt.time), \(prompt.days). Saved in \(SafeText.line(file.path)).")
    }
}
