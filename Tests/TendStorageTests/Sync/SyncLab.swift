import Foundation
import TendCore
import TendJournalFormat
import TendStorage
import TendTestSupport

/// A bare repository and the data folders of a few devices in one
/// temporary folder, and the real `tend` binary to run on them. No network.
final class SyncLab {
    let root = TemporaryDirectory("tend-sync")
    let binary: String
    let home: URL

    init() throws {
        binary = try TendBinary.path()
        home = try TendBinary.freshHome()
    }

    deinit { try? FileManager.default.removeItem(at: home) }

    /// The shared bare repository (a USB stick, say).
    var remote: String { root.appending("remote.git") }

    func data(_ device: String) -> String { root.appending(device) }

    func month(_ device: String) -> String { data(device) + "/2026/2026-11.jsonl" }

    /// Runs `tend ARGS` for `device`: `--data-dir` and `--config` go after
    /// the subcommand words given in `command`.
    @discardableResult
    func tend(_ device: String, _ command: [String], _ arguments: [String] = [], path: String? = nil,
              extra: [String: String] = [:], now: String = "2026-11-23T21:30:05") throws -> CommandResult {
        var environment = TendBinary.environment(home: home, extra: ["TEND_NOW": now])
        if let path { environment["PATH"] = path }
        environment.merge(extra) { $1 }
        let options = ["--data-dir", data(device), "--config", root.appending("\(device).toml")]
        return try CommandRunner.run([binary] + command + options + arguments, environment: environment)
    }

    /// Keeps an appreciation on `device` and returns its id.
    @discardableResult
    func thanks(_ device: String, _ person: String, _ text: String, now: String = "2026-11-23T21:30:05") throws -> String {
        let result = try tend(device, ["thanks"], ["--to", person, text], now: now)
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Adds a raw record line through `tend import` (an edit or a delete: a whole-file rewrite).
    func importLine(_ device: String, _ line: String) throws {
        let file = root.appending("import-\(UUID().uuidString).jsonl")
        try Data((line + "\n").utf8).write(to: URL(fileURLWithPath: file))
        try tend(device, ["import"], [file])
    }

    /// `tend sync` on `device`.
    @discardableResult
    func sync(_ device: String, _ arguments: [String] = [], path: String? = nil, extra: [String: String] = [:]) throws -> CommandResult {
        try tend(device, ["sync"], arguments, path: path, extra: extra)
    }

    /// The whole journal as `tend export --format jsonl` prints it, a record a line.
    func export(_ device: String) throws -> String {
        try tend(device, ["export"], ["--format", "jsonl"]).stdout
    }

    /// The ids `tend log --json` shows.
    func loggedIDs(_ device: String) throws -> [String] {
        try tend(device, ["log"], ["--json", "--limit", "100000"]).stdout.split(separator: "\n").compactMap { line in
            guard let object = try? JSONLineParser.parseObject(Array(line.utf8)), case .string(let id)? = object["id"] else { return nil }
            return id
        }
    }

    /// `git -C DATA ARGS`, for looking at what sync did.
    @discardableResult
    func git(_ device: String, _ arguments: [String]) throws -> String {
        let result = try CommandRunner.run(["git", "-C", data(device)] + arguments,
                                           environment: TendBinary.environment(home: home))
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func head(_ device: String) throws -> String { try git(device, ["rev-parse", "HEAD"]) }

    /// Every file under the data folder except git's own, with its bytes.
    func snapshot(_ device: String) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for name in Disk.files(in: data(device)) where !name.hasPrefix(".git/") && name != ".git" {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: data(device) + "/" + name, isDirectory: &isFolder)
            if exists, !isFolder.boolValue { files[name] = Disk.bytes(data(device) + "/" + name) }
        }
        return files
    }
}
