import ArgumentParser
import TendUI

/// `tend checkin`: the morning ritual, straight from the shell.
struct CheckinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkin",
        abstract: "Start the morning check-in: mood, intention, one small practice.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try AppLauncher.run(global: global, route: .checkIn(endsApp: true))
    }
}
