import ArgumentParser
import TendCore
import TendUI

/// `tend pause`: a doorway pause from the shell; returns to it when done.
struct PauseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pause",
        abstract: "Take a doorway pause: a few slow seconds before you walk in.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Length of the pause in seconds (1 to 600).")
    var seconds = 5

    @Option(help: ArgumentHelp("Start at once with this intention: notice, listen or encourage.", valueName: "word"))
    var intention: Intention?

    @Flag(help: "A calm, still version with no moving shape.")
    var noAnimation = false

    func validate() throws {
        guard (1...600).contains(seconds) else {
            throw ValidationError("--seconds takes a whole number from 1 to 600; it was \(seconds).")
        }
    }

    func run() throws {
        let options = PauseOptions(seconds: seconds, intention: intention, animated: noAnimation ? false : nil, endsApp: true)
        try AppLauncher.run(global: global, route: .pause(options))
    }
}

extension Intention: ExpressibleByArgument {}
