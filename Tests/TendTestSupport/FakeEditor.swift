import Foundation
import Glibc

/// A stand-in for `$EDITOR` in tests: a small script that notes the file it
/// was given (its path, mode, folder's mode and words) beside itself, then
/// writes `writes` over it and exits with `exitStatus`, as a person would.
public struct FakeEditor: Sendable {
    public let path: String
    private let record: String

    public static func make(in folder: String, writes text: String, exitStatus: Int32 = 0) throws -> FakeEditor {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = "\(folder)/fake-editor", record = "\(folder)/.fake-editor"
        let script = """
            #!/bin/sh
            for file; do :; done
            printf '%s\\0' "$@" > '\(record).argv'
            printf '%s' "$file" > '\(record).path'
            stat -c %a "$file" > '\(record).mode'
            stat -c %a "$(dirname "$file")" > '\(record).folder'
            cat "$file" > '\(record).before'
            printf '%s' '\(text.replacingOccurrences(of: "'", with: "'\\''"))' > "$file"
            exit \(exitStatus)

            """
        try FakeCommand.write(script, to: path)
        return FakeEditor(path: path, record: record)
    }

    private func read(_ suffix: String) -> String? {
        FileManager.default.contents(atPath: record + suffix).map { String(decoding: $0, as: UTF8.self) }
    }

    public var wasRun: Bool { read(".path") != nil }
    /// The arguments it got, the file last.
    public var arguments: [String] { (read(".argv") ?? "").split(separator: "\0").map(String.init) }
    /// The file it was handed.
    public var file: String { read(".path") ?? "" }
    /// The file's permissions, and its folder's, as `stat` printed them ("600").
    public var fileMode: String { (read(".mode") ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
    public var folderMode: String { (read(".folder") ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
    /// What the file held when it opened.
    public var wordsBefore: String { read(".before") ?? "" }
}
