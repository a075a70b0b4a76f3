import Foundation
import TendCore
import TendStorage

/// `tend remind`'s share of syncing: with `[sync] every_minutes` set, a
/// `tend sync --json` child whenever that long has passed since any sync of
/// the folder began (the app's count too). A problem is one line on stderr,
/// where systemd's journal or cron's mail keeps it.
final class RemindSync {
    private let paths: StoragePaths
    private let environment: [String: String]
    private var running: ProcessRunner.Running?
    /// When this process last started one, so a sync that fails before it
    /// begins is not retried every minute.
    private var lastStart: Date?

    init(paths: StoragePaths, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.paths = paths
        self.environment = environment
    }

    /// Collects a sync that ended and starts one that is due; with `waiting`
    /// (`--once`), runs it to the end. Returns how soon to be asked again,
    /// or nil when syncing is off.
    @discardableResult
    func tick(config: TendConfig, now: Date, waiting: Bool) -> Double? {
        if let running {
            guard let output = waiting ? running.wait() : running.poll() else { return 2 }
            self.running = nil
            report(SyncChild.Result(output))
        }
        guard let interval = config.sync.backgroundInterval, SyncChild.isOn(paths: paths, config: config),
              ProcessRunner.find("git", searchPath: environment["PATH"]) != nil else { return nil }
        let last = [lastStart, JournalSync.lastAttempt(directory: paths.dataDirectory.path)].compactMap { $0 }.max()
        if let last {
            let elapsed = now.timeIntervalSince(last)
            // A clock set back by more than a minute counts as due, not as a long wait.
            if elapsed < interval, elapsed > -60 { return max(1, interval - elapsed) }
        }
        lastStart = now
        guard let child = try? ProcessRunner.start(SyncChild.arguments(paths: paths), environment: environment,
                                                   timeLimit: SyncChild.timeLimit) else { return interval }
        if waiting {
            report(SyncChild.Result(child.wait()))
            return interval
        }
        running = child
        return 2
    }

    private func report(_ result: SyncChild.Result) {
        guard !result.isSynced, result.problem != "busy" else { return }
        StandardStream.error.write("tend: not synced: \(SafeText.line(result.message))\n")
    }
}
