import ArgumentParser
import TendUI

/// `tend review`: the weekly look-back, straight from the shell.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Look back at your week: its appreciations, what went well, what to talk about.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try AppLauncher.run(global: global, route: .review(endsApp: true))
    }
}
