import ArgumentParser
import TendUI
import Foundation
import TendCore
import TendStorage

/// `tend thanks --to NAME "TEXT"`: keeps one appreciation and prints its id.
struct ThanksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "thanks",
        abstract: "Keep one specific appreciation of someone.",
        discussion: """
            Example: tend thanks --to Sam "You made the kitchen smell like Sunday."
            Use - as the text to read it from standard input. Prints the new entry's id. Exits 0 once the entry \
            is saved, even when its id cannot be printed (then stderr says so), so a script never saves it twice.
            With --editor the words are written in $VISUAL or $EDITOR (else vi), line breaks kept; any \
            text given is where it starts.
            With --send it then goes to the person (see `tend people`); the exit status is then 0 only when \
            both worked, and 3 when it was kept but could not be sent.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .customLong("to"), help: ArgumentHelp("Who it is about.", valueName: "name"))
    var person: String?

    @Argument(help: ArgumentHelp("What you appreciate, in one specific sentence (- reads stdin).", valueName: "text"))
    var words: [String] = []

    @Flag(help: "Then send it to the person it is about, as people.toml says.")
    var send = false

    @Flag(help: "Write it at length in your editor ($VISUAL, $EDITOR, else vi).")
    var editor = false

    func run() throws {
        StorageCommandSupport.survivesFileSizeLimit()
        // No words: write it on the full bedtime screen instead.
        guard !words.isEmpty || editor else {
            try AppLauncher.run(global: global, route: .thanks(endsApp: true))
            return
        }
        guard RawArguments.areValidUTF8 else {
            StorageCommandSupport.printError(
                "Part of that text is not valid UTF-8 (check your terminal's encoding). Nothing was saved.")
            throw ExitCode.failure
        }
        guard let person, !person.trimmed().isEmpty else {
            StorageCommandSupport.printError("Who is it for? Add --to NAME, like: tend thanks --to Sam \"…\"")
            throw ExitCode.validationFailure
        }
        let text = try readText()
        guard !text.trimmedIncludingNewlines().isEmpty else {
            StorageCommandSupport.printError("There are no words to keep yet. Nothing was saved.")
            throw ExitCode.validationFailure
        }
        let journal = Journal(paths: global.paths)
        let now = try LaunchClock.now()
        let name = KnownName.spelling(of: person, in: journal)
        let record: Record
        do {
            record = try journal.append(.appreciation(Appreciation(person: name, text: text)), at: now)
        } catch {
            StorageCommandSupport.printError(error.description)
            // The words are the person's: hand them back so nothing is lost.
            StorageCommandSupport.printError("Your words, so you can keep them: \(text)")
            throw ExitCode.failure
        }
        StorageCommandSupport.confirm(saved: "your appreciation for \(name)", id: record.id) { out in
            out.isTerminal ? "Kept, for \(SafeText.line(name)). \(record.id)\n" : "\(record.id)\n"
        }
        if send { try sendOn(record, journal: journal) }
    }

    /// Sends what was just kept; a failure leaves it kept, and exits 3.
    /// The editor's words; when it brings none back, nothing is saved and what was given is handed back.
    private func writeInEditor(startingWith start: String) throws -> String {
        switch EditorTurn.edit(start, words: PromptLibrary.builtIn.editor) {
        case .success(let text): return text
        case .failure(let failure):
            StorageCommandSupport.printError(failure.message + " Nothing was saved.")
            if !start.isEmpty { StorageCommandSupport.printError("Your words, so you can keep them: \(start)") }
            throw ExitCode.failure
        }
    }

    private func sendOn(_ record: Record, journal: Journal) throws {
        let history = (try? journal.history().records) ?? [record]
        let service = try SendService.forCommands(global.paths)
        guard let plan = service.plan(for: record, history: history) else { return }
        SendDelivery.printNotes(plan)
        let status = SendDelivery.send(plan, with: service, keepsStandardOutput: true)
        if status != 0 { throw ExitCode(status) }
    }

    private func readText() throws -> String {
        if editor { return try writeInEditor(startingWith: words == ["-"] ? "" : words.joined(separator: " ")) }
        guard words == ["-"] else { return words.joined(separator: " ") }
        let data = (try? POSIX.readSource("-")) ?? []
        guard let text = String(validating: data, as: UTF8.self) else {
            StorageCommandSupport.printError("The text on standard input is not valid UTF-8. Nothing was saved.")
            throw ExitCode.failure
        }
        return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }
}
