import ArgumentParser
import Foundation
import TendCore
import TendJournalFormat
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
            A folder shared with someone (share = "…" in people.toml) that is a git repository \
            is synced the same way, after the journal.
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
        let shares = SharedFolderSync.repositories(in: PeopleFile(paths: global.paths).load().book)
        // With only shared folders in git, the journal not being one is no mistake.
        let journal: Result<SyncSummary, SyncError>? = shares.isEmpty || JournalSync.isSetUp(directory: directory)
            ? Result { () throws(SyncError) -> SyncSummary in try JournalSync(directory: directory).sync() } : nil
        var synced: [SharedFolderSync] = []
        if journal.map({ if case .failure(.interrupted) = $0 { false } else { true } }) ?? true {
            let me = ConfigFile(paths: global.paths).load().config.me.name
            synced = shares.map { SharedFolderSync.sync($0.folder, people: $0.people, me: me) }
        }
        if json {
            var object = JSONObject()
            switch journal {
            case .success(let summary)?: object = summary.jsonObject
            case .failure(let error)?: object = error.jsonObject
            case nil: object.add("status", "shares")
            }
            if !synced.isEmpty { object.members.append(.init("shares", .array(synced.map(\.jsonValue)))) }
            print(String(decoding: JSONLineWriter.line(object), as: UTF8.self))
        } else {
            switch journal {
            case .success(let summary)?: if !quiet { print(SafeText.line(summary.text)) }
            case .failure(let error)?: Self.report(error, json: false)
            case nil: break
            }
            for share in synced {
                if share.succeeded { if !quiet { print(share.text) } } else { StorageCommandSupport.printError(share.text) }
            }
        }
        if case .failure(let error)? = journal { throw error == .interrupted ? ExitCode(130) : ExitCode.failure }
        if synced.contains(where: { !$0.succeeded }) { throw ExitCode.failure }
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
