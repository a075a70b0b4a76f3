import ArgumentParser
import TendUI

/// `tend meeting open [--label NAME]`: the opener, a breath together or one thank-you.
struct MeetingOpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open a meeting: a breath together, large enough for a room, or one thank-you.",
        discussion: "The thank-you is saved as an appreciation with the meeting's label, and offered to be sent like any other.")

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The meeting's name, saved with what you do, like \"stand-up\".", valueName: "name"))
    var label: String?

    @Flag(help: "A calm, still breath with no moving shape.")
    var noAnimation = false

    func run() throws {
        try AppLauncher.run(global: global, route: .meetingOpen(label: label, endsApp: true, animated: noAnimation ? false : nil))
    }
}
