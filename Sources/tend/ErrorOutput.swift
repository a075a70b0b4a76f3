import ArgumentParser
import Foundation
import TendCore
import TendJournalFormat

/// Where a command's errors go: one plain line on stderr, or, for a command
/// run with `--json`, one JSON object on one line
/// (`{"error":"…","path":"…"}`, `path` only when a file is concerned), so a
/// script reads a failure the way it reads the output. The exit status is
/// the same either way.
enum ErrorOutput {
    /// Decided once, from the command line as given: `--json` before any lone `--`.
    static let isJSON = wantsJSON(CommandLine.arguments.dropFirst())

    static func wantsJSON(_ arguments: some Sequence<String>) -> Bool {
        arguments.prefix { $0 != "--" }.contains("--json")
    }

    /// The line for `message` (no newline), as JSON when `asJSON`.
    static func line(_ message: String, path: String? = nil, asJSON: Bool = isJSON) -> String {
        guard asJSON else { return SafeText.line(message) }
        var object = JSONObject()
        object["error"] = .string(message)
        if let path { object["path"] = .string(path) }
        return String(decoding: JSONLineWriter.line(object), as: UTF8.self)
    }

    static func write(_ message: String, path: String? = nil) {
        StandardStream.error.write(line(message, path: path) + "\n")
    }

    /// Ends the process after `error` escaped a command: as ArgumentParser
    /// would, except that under `--json` the message (a usage mistake, say)
    /// goes out as JSON. Help and `--version` still print as text, on stdout.
    static func exit(withError error: any Error) -> Never {
        let code = TendCommand.exitCode(for: error)
        guard isJSON, code != .success else { TendCommand.exit(withError: error) }
        var message = TendCommand.fullMessage(for: error).trimmedIncludingNewlines()
        if message.hasPrefix("Error: ") { message.removeFirst("Error: ".count) }
        if !message.isEmpty { write(message) }
        Foundation.exit(code.rawValue)
    }
}
