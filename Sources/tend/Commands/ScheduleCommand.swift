import ArgumentParser
import Foundation
import TendCore
import TendStorage

/// `tend schedule`: shows when Tend will prompt, and changes it.
struct ScheduleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "Show when Tend prompts you, or change it.",
        discussion: """
            With no subcommand, lists the morning check-in, the bedtime appreciation, \
            each doorway pause and each meeting (its opener, and its round when it has a close time), \
            with the next time each one comes up.
            Edits keep your comments in config.toml and replace the file in one step.
            """,
        subcommands: [ScheduleSetCommand.self, ScheduleAddPauseCommand.self, ScheduleRemovePauseCommand.self,
                      ScheduleAddMeetingCommand.self, ScheduleRemoveMeetingCommand.self]
    )

    @OptionGroup var global: GlobalOptions

    @Flag(name: .customLong("init"), help: "Write a commented config file with the defaults. An existing file is never overwritten.")
    var writeDefault = false

    func run() throws {
        let file = ConfigFile(paths: global.paths)
        if writeDefault {
            let created = try ScheduleCommand.reporting { try file.createDefault() }
            print(created
                  ? "Wrote \(SafeText.line(file.path)). Open it to change your times, or use `tend schedule set`."
                  : "\(SafeText.line(file.path)) is already there; Tend left it as it is.")
            return
        }
        let report = ScheduleReport(result: file.load(), file: file.path, now: try LaunchClock.now(), timeZone: .current)
        print(report.lines.joined(separator: "\n"))
    }

    /// Runs a config change; a `ConfigError` is printed plainly and ends the command with status 1.
    static func reporting<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ConfigError {
            StandardStream.error.write(error.description + "\n")
            throw ExitCode.failure
        }
    }
}
