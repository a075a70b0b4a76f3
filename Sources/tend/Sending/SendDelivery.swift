import ArgumentParser
import Foundation
import TendCore
import TendStorage

/// What the shell commands print after a send, and their exit status: 0
/// only when the message left (or went to a clipboard), 3 when it did not,
/// with the appreciation's id and the reason; 1 when it left but the
/// journal could not note it.
enum SendDelivery {
    /// Exit status for a send that did not happen.
    static let notSent: Int32 = 3

    /// Sends and tells how it went. With `keepsStandardOutput` everything is
    /// said on stderr, so stdout holds only what the command printed before
    /// (`tend thanks --send` prints the new id there for scripts).
    static func send(_ plan: SendPlan, with service: SendService, keepsStandardOutput: Bool = false) -> Int32 {
        let report = service.send(plan)
        let words = service.words
        let name = SafeText.line(plan.message.person)
        let id = plan.message.recordID
        var out = Lines(toStandardError: keepsStandardOutput)
        var status: Int32 = 0
        switch report.outcome {
        case .sent:
            out.write(SendingWords.fill(words.sent, ["name": name]) + "\n")
        case .emailOpened:
            out.write(words.emailOpened + "\n")
        case .shared(_, let alreadyThere):
            out.write(SendingWords.fill(alreadyThere ? words.alreadyShared : words.shared, ["name": name]) + "\n")
        case .clipboard(let result):
            // Shown as well, so it can be copied by hand whatever the clipboard did.
            out.write(plan.message.message.split(separator: "\n", omittingEmptySubsequences: false)
                .map { SafeText.line(String($0)) }.joined(separator: "\n") + "\n")
            out.flush()
            if case .unavailable = result {
                StorageCommandSupport.printError("Nothing here can reach a clipboard, so the message is above to copy. It is not marked as sent (\(id)).")
                status = notSent
            } else {
                StorageCommandSupport.printError(words.words(for: result, name: name))
            }
            StorageCommandSupport.printError(
                "To send to \(name) straight away next time: tend people add \(PeopleListing.shellWord(plan.message.person)) --email ADDRESS, --share FOLDER or --send COMMAND ARG…")
        case .failed(let reason):
            out.flush()
            StorageCommandSupport.printError("Not sent: \(reason)")
            StorageCommandSupport.printError("It stays in your journal, not sent yet: \(id). `tend send \(id)` tries again.")
            status = notSent
        }
        out.flush()
        if let problem = report.journalProblem {
            StorageCommandSupport.printError(problem)
            if status == 0 { status = 1 }
        }
        return status
    }

    /// Lines for stdout, or for stderr.
    private struct Lines {
        let toStandardError: Bool
        private var out = StandardOutput()

        init(toStandardError: Bool) { self.toStandardError = toStandardError }

        mutating func write(_ text: String) {
            if toStandardError { StandardStream.error.write(text) } else { out.write(text) }
        }

        mutating func flush() { out.flush() }
    }

    /// people.toml problems that concern this send, before it goes.
    static func printNotes(_ plan: SendPlan) {
        for note in plan.notes { StorageCommandSupport.printError(note) }
    }
}
