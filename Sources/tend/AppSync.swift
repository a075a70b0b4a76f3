import Foundation
import TendCore
import TendStorage
import TendUI

/// The app's sync: once right after the first frame and once on quit, each
/// `tend sync --json` in a child process, so no key ever waits on git or
/// the network. New entries from another device are read in when it ends;
/// a problem is one calm line. Built only when syncing is set up.
final class AppSync: BackgroundWork {
    private let paths: StoragePaths
    private let environment: [String: String]
    /// Reads the recent journal again once entries have arrived.
    private let reload: () -> Event?
    /// Reads the letters again once some came into a shared folder.
    private let reloadLetters: () -> Event?
    private var running: ProcessRunner.Running?

    /// nil when `[sync]` is not in the config or the data folder is not a
    /// git repository: the app then never mentions syncing.
    init?(paths: StoragePaths, config: TendConfig, environment: [String: String] = ProcessInfo.processInfo.environment,
          reloadLetters: @escaping () -> Event? = { nil }, reload: @escaping () -> Event?) {
        guard SyncChild.isOn(paths: paths, config: config) else { return nil }
        self.paths = paths
        self.environment = environment
        self.reload = reload
        self.reloadLetters = reloadLetters
    }

    func begin() {
        running = try? ProcessRunner.start(SyncChild.arguments(paths: paths), environment: environment,
                                           timeLimit: SyncChild.timeLimit)
    }

    var recheckInterval: Double? { running == nil ? nil : 0.25 }

    func collect() -> [Event] {
        guard let output = running?.poll() else { return [] }
        running = nil
        let result = SyncChild.Result(output)
        if result.isSynced {
            let letters = result.lettersReceived > 0 ? reloadLetters().map { [$0] } ?? [] : []
            guard result.received > 0 else { return letters }
            let note = Event.effectReported(Report("Synced: \(result.received) new from the other device."))
            return (reload().map { [$0] } ?? []) + letters + [note]
        }
        return Self.report(problem: result.problem).map { [.effectReported($0)] } ?? []
    }

    /// The sync on quit: started and left to finish on its own, after the
    /// terminal is given back. A sync still running from the start goes on
    /// too (stopping git mid-merge would leave a mess); this one waits for it.
    func finish() {
        running?.abandon()
        running = nil
        try? ProcessRunner.detach(SyncChild.arguments(paths: paths), environment: environment)
    }

    /// One short line for the note above the footer; nil to say nothing.
    static func report(problem: String?) -> Report? {
        switch problem {
        case "busy"?: return nil
        case "unreachable"?, "timed-out"?:
            return Report("Not synced: the remote didn't answer. Your entries are kept here.")
        case "push-rejected"?:
            return Report("Not synced: the remote kept changing. Tend tries again when you quit.")
        case "authentication"?:
            return Report("Not synced: the remote refused this device. Run tend sync for what to do.", tone: .problem)
        case "conflict-markers"?:
            return Report("Not synced: a month file holds a merge marker. tend doctor shows where.", tone: .problem)
        case "merge-failed"?:
            return Report("Not synced: git couldn't merge a file. Run tend sync for what to do.", tone: .problem)
        case "git-missing"?:
            return Report("Not synced: git isn't installed. Your entries are kept here.", tone: .problem)
        default:
            return Report("Not synced this time. Run tend sync to see why; your entries are kept here.", tone: .problem)
        }
    }
}
