import Foundation
import TendCore

/// Why a message did not leave, in words safe to show: the program's own
/// error output is made safe (SafeText) and cut to its last lines.
public struct SendFailure: Error, Hashable, Sendable, CustomStringConvertible {
    public var reason: String

    public init(_ reason: String) { self.reason = reason }

    /// The reason for a program's outcome. `program` names it as the user wrote it.
    public init(_ outcome: ProcessOutcome, program: String, timeLimit: Double) {
        let name = SafeText.line(program)
        switch outcome {
        case .exited(let status, let stdout, let stderr):
            let said = Self.said(stderr.isEmpty ? stdout : stderr)
            reason = "\(name) stopped with status \(status)" + (said.map { ": \($0)" } ?? ".")
        case .signalled(let signal, let stderr):
            reason = "\(name) was stopped by signal \(signal)" + (Self.said(stderr).map { ": \($0)" } ?? ".")
        case .notFound where program.includes("/"):
            reason = "There is no program at \(name). Check the command in people.toml."
        case .notFound:
            reason = "Tend could not find \(name) on your PATH. Install it, or check the command in people.toml."
        case .couldNotStart(let path, let code):
            reason = "Tend could not start \(SafeText.line(path)): \(String(cString: strerror(code)))."
        case .timedOut(let stderr):
            let seconds = timeLimit == timeLimit.rounded() ? "\(Int(timeLimit))" : "\(timeLimit)"
            reason = "\(name) did not finish within \(seconds) second\(timeLimit == 1 ? "" : "s"), so Tend stopped it"
                + (Self.said(stderr).map { ": \($0)" } ?? ".")
        case .leftRunning:
            reason = "\(name) is still running."
        }
    }

    public var description: String { reason }

    /// What a program printed, on one safe line of at most about 300 characters.
    static func said(_ bytes: [UInt8]) -> String? {
        let text = SafeText.line(String(decoding: bytes, as: UTF8.self))
            .trimmed()
        guard !text.isEmpty else { return nil }
        // The start usually says what went wrong, the end where; a long text keeps both.
        return text.count > 300 ? text.prefix(180) + " … " + text.suffix(110) : text
    }
}
