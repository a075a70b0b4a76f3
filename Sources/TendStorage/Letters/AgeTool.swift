import Foundation
import TendCore

/// `age` (Debian's `age` package), the only cryptography Tend uses: a
/// letter sealed for the other person's public key, and one opened with the
/// user's own key file. Started with argv through `ProcessRunner`, the words
/// handed over on standard input, never written to a disk in the clear.
public struct AgeTool: Sendable {
    /// Sealing or opening a letter takes a moment; this is plenty.
    public static let timeLimit = 10.0

    public let environment: [String: String]

    public init(environment: [String: String]) {
        self.environment = environment
    }

    /// `text` sealed for `recipient` (an `age1…` key or an ssh public key), ASCII-armoured.
    public func seal(_ text: String, for recipient: String) throws(AgeFailure) -> String {
        let output = try run(["age", "--encrypt", "--armor", "--recipient", recipient], input: Array(text.utf8))
        return String(decoding: output, as: UTF8.self)
    }

    /// The words of an armoured age file, opened with the key file at `identity`.
    public func open(_ armored: String, identity: String) throws(AgeFailure) -> String {
        let output = try run(["age", "--decrypt", "--identity", identity], input: Array(armored.utf8))
        guard let text = String(validating: output, as: UTF8.self) else { throw AgeFailure("what it holds isn't UTF-8 text") }
        return text
    }

    private func run(_ arguments: [String], input: [UInt8]) throws(AgeFailure) -> [UInt8] {
        let output: ProcessRunner.Output
        do {
            output = try ProcessRunner.run(arguments, environment: environment, timeLimit: Self.timeLimit, input: input)
        } catch {
            if case .notFound = error { throw AgeFailure("age isn't installed (on Debian and Ubuntu: apt install age)") }
            throw AgeFailure("\(error)")
        }
        if output.timedOut { throw AgeFailure("age took longer than \(Int(Self.timeLimit)) seconds and was stopped") }
        guard output.status == 0 else {
            let said = Self.firstLine(of: output.stderrText)
            throw AgeFailure(said.isEmpty ? "age stopped with status \(output.status)" : "age says: \(said)")
        }
        return output.stdout
    }

    /// age's first line of complaint, without its `age: error:` prefix.
    static func firstLine(of stderr: String) -> String {
        var line = stderr.split(whereSeparator: \.isNewline).map { $0.trimmed() }
            .first { !$0.isEmpty } ?? ""
        for prefix in ["age: ", "error: "] where line.hasPrefix(prefix) { line.removeFirst(prefix.count) }
        line = SafeText.line(line)
        return line.count > 240 ? String(line.prefix(239)) + "…" : line
    }
}

/// Why age could not seal or open a letter, safe to show.
public struct AgeFailure: Error, Hashable, Sendable, CustomStringConvertible {
    public let reason: String

    public init(_ reason: String) { self.reason = SafeText.line(reason) }

    public var description: String { reason }
}
