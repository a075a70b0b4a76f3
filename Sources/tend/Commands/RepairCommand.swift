import ArgumentParser
import TendUI

/// `tend repair`: the guided repair after a rough moment, straight from the shell.
struct RepairCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repair",
        abstract: "Reach back after a rough moment: one breath, a way back, and the words to say.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try AppLauncher.run(global: global, route: .repair(endsApp: true))
    }
}
