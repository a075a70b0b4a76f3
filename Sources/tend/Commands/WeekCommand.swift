import ArgumentParser
import TendUI

/// `tend week`: the insights screen, straight from the shell.
struct WeekCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "week",
        abstract: "See how the practice is going: a heat map, your mood line, the balance, people and pauses.",
        discussion: "For the same numbers in text or JSON, try `tend stats` or `tend stats --json`.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try AppLauncher.run(global: global, route: .week)
    }
}
