import ArgumentParser
import Foundation
import TendCore
import TendStorage

/// `tend sync init [REMOTE]`: makes the data folder a git repository that
/// syncs with REMOTE, and turns on syncing in config.toml.
struct SyncInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Make your journal folder a git repository that syncs with REMOTE.",
        discussion: """
            REMOTE is anything git understands: a folder (a bare repository on a USB stick; Tend \
            makes one when the folder is new or empty), user@host:path over ssh, or the address \
            of a private hosted repository. On a device with no entries yet, Tend takes the \
            remote's history as it is; on one with entries, it joins the two histories. With a \
            remote, [sync] is added to config.toml, so the app syncs when it opens and closes. \
            Without one, the folder keeps its history in git until you add one. Safe to run again.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The git repository to sync with.", valueName: "remote"))
    var remote: String?

    func run() throws {
        SyncCommand.prepare()
        let paths = global.paths
        let directory = paths.dataDirectory.path
        let environment = ProcessInfo.processInfo.environment
        let setup: SyncSetup
        do {
            setup = try JournalSync(directory: directory, environment: environment).initialize(
                remote: remote, home: environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? PathText.accountHome)
        } catch {
            SyncCommand.report(error, json: false)
            throw error == .interrupted ? ExitCode(130) : ExitCode.failure
        }
        var lines: [String] = []
        if let made = setup.madeRemote { lines.append("Made \(made), an empty repository to sync through.") }
        if setup.madeRepository {
            lines.append(setup.took == nil ? "\(directory) is a git repository now, with your entries in its first commit."
                                           : "\(directory) is a git repository now.")
        } else {
            lines.append("\(directory) was a git repository already; Tend made sure its month files merge line by line.")
        }
        if let shown = setup.remote { lines.append("It syncs with \(shown).") }
        if let took = setup.took, let shown = setup.remote {
            lines.append("This device took the history of \(shown): \(took) \(took == 1 ? "entry" : "entries").")
        }
        var failure: SyncError?
        switch setup.firstSync {
        case .success(let summary)?: lines.append(summary.text)
        case .failure(let error)?: failure = error
        case nil:
            lines.append("To sync with another device, run tend sync init REMOTE: a bare repository on a USB stick, user@host:path over ssh, or a private hosted repository.")
        }
        if setup.remote != nil { lines += turnOnSyncing(ConfigFile(paths: paths)) }
        if setup.madeRepository, remote != nil, let shown = setup.remote {
            lines.append("On your other devices, run: tend sync init \(shown)")
        }
        print(lines.map(SafeText.line).joined(separator: "\n"))
        if let failure {
            StorageCommandSupport.printError("Set up here, but the first sync stopped. " + failure.description)
            throw ExitCode.failure
        }
    }

    /// Adds `[sync]` to config.toml, unless it is there; says what it did.
    private func turnOnSyncing(_ file: ConfigFile) -> [String] {
        if file.load().config.sync.isEnabled { return [] }
        let minutes = SyncOptions.standardEveryMinutes
        do {
            try file.apply(.enableSync(everyMinutes: minutes))
            return ["Added [sync] to \(file.path): the app syncs when it opens and closes, and tend remind every \(minutes) minutes."]
        } catch {
            return ["Couldn't add [sync] to \(file.path) (\(error)). To sync from the app too, add these two lines yourself: [sync] and every_minutes = \(minutes)."]
        }
    }
}
