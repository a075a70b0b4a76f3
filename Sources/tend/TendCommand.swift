import ArgumentParser
import TendUI

/// `tend`: with no subcommand, opens the home screen.
@main
struct TendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tend",
        abstract: "A calm terminal coach for small moments of connection.",
        discussion: "Run `tend` alone to open the home screen.",
        version: TendVersion.current,
        subcommands: [],
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try AppLauncher.run(root: HomeScreen(), global: global)
    }
}
