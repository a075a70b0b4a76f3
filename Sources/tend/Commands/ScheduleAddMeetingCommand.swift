import ArgumentParser
import TendCore
import TendStorage

/// `tend schedule add-meeting HH:MM "label" [--days D] [--close HH:MM]`.
struct ScheduleAddMeetingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add-meeting",
        abstract: "Add a recurring meeting to open with a breath or a thank-you, and close with a round."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("When it starts, 24-hour local time, like 10:00.", valueName: "HH:MM"))
    var time: String

    @Argument(help: ArgumentHelp("Its name, like \"stand-up\".", valueName: "label"))
    var label: String

    @Option(help: ArgumentHelp("all (the default), weekdays, weekends, a range like mon-fri, or a list like mon,wed.", valueName: "days"))
    var days: String?

    @Option(help: ArgumentHelp("When it ends, to be offered the closing round then, like 10:15.", valueName: "HH:MM"))
    var close: String?

    func validate() throws {
        guard let start = TimeOfDay(parsing: time) else {
            throw ValidationError("\"\(SafeText.line(time))\" isn't a time Tend can read; use 24-hour HH:MM, like 10:00.")
        }
        guard !label.trimmed().isEmpty else {
            throw ValidationError("A meeting needs a name, like \"stand-up\".")
        }
        if let days, Weekdays(spec: days) == nil {
            throw ValidationError("\"\(SafeText.line(days))\" isn't a set of days Tend knows. Try \(Weekdays.expectation).")
        }
        if let close {
            guard let end = TimeOfDay(parsing: close) else {
                throw ValidationError("--close \"\(SafeText.line(close))\" isn't a time Tend can read; use 24-hour HH:MM, like 10:15.")
            }
            guard end > start else {
                throw ValidationError("--close \(end) comes before the meeting starts at \(start); give a time after it.")
            }
        }
    }

    func run() throws {
        guard let time = TimeOfDay(parsing: time) else { return }
        let end = close.flatMap(TimeOfDay.init(parsing:))
        let file = ConfigFile(paths: global.paths)
        try ScheduleCommand.reporting { try file.apply(.addMeeting(time: time, label: label, days: days, close: end)) }
        let added = file.load().config.schedule.meetings.last { $0.time == time && $0.label == label }
        guard let added else { return print("Added the meeting at \(time).") }
        let closing = added.close.map { ", the round at \($0)" } ?? ""
        print("Added meeting \(added.number): \(added.time), \(added.days), \"\(SafeText.line(label))\"\(closing).")
    }
}
