import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A stand-in for a send command or a clipboard tool in tests: a small
/// script that writes the arguments it got (each ended by a NUL, so one
/// argument with spaces or newlines stays one) and its standard input to
/// files beside it, then behaves as told.
public struct FakeCommand: Sendable {
    /// The script's path.
    public let path: String
    private let record: String

    /// Writes `name` into `folder` (a bin folder to put on PATH).
    public static func make(_ name: String, in folder: String, exitStatus: Int32 = 0, stderr: String = "",
                            sleeps seconds: Int = 0, readsInput: Bool = true) throws -> FakeCommand {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = "\(folder)/\(name)", record = "\(folder)/.\(name)"
        var script = "#!/bin/sh\nprintf '%s\\0' \"$@\" > \(quoted(record + ".argv"))\n"
        if readsInput { script += "/bin/cat > \(quoted(record + ".stdin"))\n" }
        if !stderr.isEmpty { script += "printf '%s' \(quoted(stderr)) >&2\n" }
        if seconds > 0 { script += "/bin/sleep \(seconds) & echo $! > \(quoted(record + ".child"))\nwait\n" }
        script += "exit \(exitStatus)\n"
        try write(script, to: path)
        try? FileManager.default.removeItem(atPath: record + ".argv")
        return FakeCommand(path: path, record: record)
    }

    /// True once the script has run.
    public var wasRun: Bool { FileManager.default.fileExists(atPath: record + ".argv") }

    /// The arguments it got, exactly.
    public var arguments: [String] {
        guard let data = FileManager.default.contents(atPath: record + ".argv") else { return [] }
        var parts = data.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        if parts.last == "" { parts.removeLast() }
        return parts
    }

    /// The raw bytes of argument `index`.
    public func argumentBytes(_ index: Int) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: record + ".argv") else { return [] }
        let parts = data.split(separator: 0, omittingEmptySubsequences: false)
        return index < parts.count ? Array(parts[index]) : []
    }

    /// What arrived on its standard input.
    public var input: String {
        FileManager.default.contents(atPath: record + ".stdin").map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// The pid of the `sleep` a hanging script started, once it has.
    public var childPID: Int32? {
        FileManager.default.contents(atPath: record + ".child")
            .flatMap { Int32(String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    /// Written through a close-on-exec descriptor: a program another test
    /// starts meanwhile must not inherit it open for writing, or running the
    /// script fails with "text file busy".
    public static func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }

    /// The same for a program's bytes (a copy of a binary).
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
        guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
        defer { close(fd) }
        guard bytes.withUnsafeBytes({ Glibc.write(fd, $0.baseAddress, $0.count) }) == bytes.count else {
            throw CocoaError(.fileWriteUnknown)
        }
        fchmod(fd, 0o755)
    }

    private static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
