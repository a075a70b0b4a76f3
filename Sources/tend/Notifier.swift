import Foundation
import TendCore
import TendStorage
import TendProcess

/// How `tend remind` tells the user a prompt is due: their configured
/// command, else notify-send when it exists, else the bell and one line.
/// Commands are started with argv (never through a shell), with a time limit.
struct Notifier {
    /// The configured command and its first arguments; empty for the default.
    var command: [String]

    /// How long a notify command may take.
    static let timeLimit = 10.0

    /// What became of a notification.
    enum Outcome: Equatable {
        /// A command ran and succeeded.
        case sent
        /// No command to run: the bell and a line went out instead.
        case rang
        /// The command failed; `reason` says how, in safe words.
        case failed(command: String, reason: String)
    }

    func notify(title: String, message: String) -> Outcome {
        let safeTitle = SafeText.line(title), safeMessage = SafeText.line(message)
        let arguments: [String]
        if !command.isEmpty {
            arguments = command + [safeTitle, safeMessage]
        } else if let notifySend = ExecutableSearch.find("notify-send", environment: ProcessInfo.processInfo.environment) {
            arguments = [notifySend, "--app-name=Tend", safeTitle, safeMessage]
        } else {
            Self.ring(title: safeTitle, message: safeMessage)
            return .rang
        }
        let outcome = ChildProcess(arguments: arguments, timeLimit: Self.timeLimit).run()
        guard outcome.succeeded else {
            return .failed(command: SafeText.line(arguments.first.map { PathText.lastComponent($0) } ?? ""), reason: outcome.failure)
        }
        return .sent
    }

    /// The fallback that always works: the terminal bell and one line on stdout.
    static func ring(title: String, message: String) {
        StandardStream.output.write("\u{07}\(SafeText.line(title)): \(SafeText.line(message))\n")
    }
}
