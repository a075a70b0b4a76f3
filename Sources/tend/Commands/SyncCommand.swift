import ArgumentParser
import Foundation
import TendCore
import TendStorage
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `tend sync`: commits what is new, fetches, merges and pushes, with one
/// line of summary. `tend sync init` sets it up.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Sync your journal with your other devices, through git.",
        discussion: """
            Commits the entries written here, fetches the other side's, merges them (month files \
            keep the lines of both sides) and sends yours. Running it again with nothing new \
            changes nothing. It never force-pushes and never rewrites history; when something \
            stops it (no network, a refused key, a file changed by hand), it says what to do \
            and your journal stays as it was. Set it up first with `tend sync init`.
            """,
        subcommands: [SyncInitCommand.self]
    )

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print nothing when all went well; problems still go to stderr.")
    var quiet = false

    @Flag(help: "Print the result as one JSON object (status, received, sent, message).")
    var json = false

    func run() throws {
        Self.prepare()
        let directory = global.paths.dataDirectory.path
        do {
            let summary = try JournalSync(directory: directory).sync()
            if json {
                print(String(decoding: summary.jsonLine, as: UTF8.self))
            } else if !quiet {
                print(SafeText.line(summary.text))
            }
        } catch {
            Self.report(error, json: json)
            throw error == .interrupted ? ExitCode(130) : ExitCode.failure
        }
    }

    /// Files git writes inside the data folder stay private, whatever the
    /// umask; Ctrl-C stops a fetch or push but lets a merge finish.
    static func prepare() {
        umask(0o077)
        StorageCommandSupport.survivesFileSizeLimit()
        SyncInterruption.install()
    }

    /// A problem goes to stderr, or with `--json` to stdout as an object.
    static func report(_ error: SyncError, json: Bool) {
        if json {
            print(String(decoding: error.jsonLine, as: UTF8.self))
        } else {
            StorageCommandSupport.printError(error.description)
        }
    }
}
