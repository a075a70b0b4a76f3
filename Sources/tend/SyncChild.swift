import Foundation
import TendCore
import TendJournalFormat
import TendStorage

/// `tend sync --json` as a child process: how the app and `tend remind`
/// sync without waiting on git or the network themselves.
enum SyncChild {
    /// A whole sync may take this long (git's own limits are shorter).
    static let timeLimit = 600.0

    /// The argv that syncs `paths`' data folder with this same binary.
    static func arguments(paths: StoragePaths) -> [String] {
        [executable, "sync", "--data-dir", paths.dataDirectory.path, "--json"]
    }

    /// True when syncing is set up for `paths` and turned on in `config`:
    /// otherwise neither the app nor `tend remind` ever mentions it.
    static func isOn(paths: StoragePaths, config: TendConfig) -> Bool {
        config.sync.isEnabled && JournalSync.isSetUp(directory: paths.dataDirectory.path)
    }

    /// This binary (`/proc/self/exe` on Linux), or `tend` on PATH when it was replaced while running.
    static var executable: String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if count > 0 {
            let path = String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        let first = CommandLine.arguments.first ?? "tend"
        if first.includes("/"), FileManager.default.isExecutableFile(atPath: first) { return first }
        return ProcessRunner.find("tend", searchPath: ProcessInfo.processInfo.environment["PATH"]) ?? first
    }

    /// What a finished child said, read from its JSON line.
    struct Result: Hashable {
        var isSynced: Bool
        var received: Int
        /// Letters that came into the shared folders it synced too.
        var lettersReceived = 0
        /// The `problem` code when it failed (`unreachable`, `merge-failed`…).
        var problem: String?
        var message: String

        init(_ output: ProcessRunner.Output) {
            let line = output.stdout.split(separator: 0x0A).last.map(Array.init) ?? []
            let object = try? JSONLineParser.parseObject(line)
            func string(_ key: String) -> String? {
                if case .string(let value)? = object?[key] { return value }
                return nil
            }
            isSynced = output.status == 0 && string("status") != "failed" && object != nil
            if case .int(let count)? = object?["received"] { received = count } else { received = 0 }
            if case .array(let shares)? = object?["shares"] {
                lettersReceived = shares.reduce(0) { sum, share in
                    if case .object(let share) = share, case .int(let count)? = share["received"] { return sum + count }
                    return sum
                }
            }
            problem = isSynced ? nil : (string("problem") ?? (output.timedOut ? "timed-out" : "git-failed"))
            message = string("message") ?? GitFailure.detail(output.stderrText)
        }
    }
}
