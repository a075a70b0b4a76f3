import ArgumentParser
import TendUI

/// `tend browse`: every entry, newest first, searchable, by person and by date.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Look back over your appreciations and other entries.",
        discussion: "Search with /, see everyone with p, jump to a month with m. Press ? inside for every key.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try AppLauncher.run(global: global, route: .browse)
    }
}
