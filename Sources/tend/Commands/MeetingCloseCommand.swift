import ArgumentParser
import TendUI

/// `tend meeting close [--label NAME]`: the round that closes a meeting.
struct MeetingCloseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close",
        abstract: "Close a meeting with a round: what was useful, what was confusing, what gave energy.",
        discussion: "Each answer is one line and may be skipped; the round is saved as a meeting record, for your own notes.")

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The meeting's name, saved with the round, like \"stand-up\".", valueName: "name"))
    var label: String?

    func run() throws {
        try AppLauncher.run(global: global, route: .meetingClose(label: label, endsApp: true))
    }
}
