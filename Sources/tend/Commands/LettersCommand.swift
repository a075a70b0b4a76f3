import ArgumentParser
import Foundation
import TendCore
import TendJournalFormat
import TendStorage

/// `tend letters`: what people who share a folder with you sent you, newest
/// first, read or not. `read`, `hide` and `unhide` keep notes about one in
/// your own journal; their file is only ever read.
struct LettersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letters",
        abstract: "List the letters written to you through a folder you share.",
        discussion: """
            Someone who uses Tend too and shares a folder with you (share = "…" beside their name in \
            people.toml, and your own [me] name in config.toml) can send you their appreciations: each \
            shows here as a letter from them. Listing changes nothing; `tend letters read ID` shows one \
            and marks it read, `hide ID` puts one out of sight (--all still lists it), `unhide ID` brings \
            it back. Their file is never written.
            """,
        subcommands: [LettersReadCommand.self, LettersHideCommand.self, LettersUnhideCommand.self]
    )

    @OptionGroup var global: GlobalOptions

    @Flag(help: "One JSON object per letter (id, time, sent, from, signed, to, text or sealed, read, hidden, file).")
    var json = false

    @Flag(help: "Hidden ones too.")
    var all = false

    @Flag(help: "Only those not read yet.")
    var unread = false

    func run() throws {
        StorageCommandSupport.exitQuietlyOnBrokenPipe()
        let loaded = try Self.load(global.paths)
        let box = loaded.box
        let letters = box.letters.filter { (all || !box.isHidden($0)) && (!unread || !box.isRead($0)) }
        var out = StandardOutput()
        for letter in letters {
            out.write(json ? Self.jsonLine(letter, box: box) : Self.line(letter, box: box, words: loaded.words))
            out.write("\n")
        }
        try StorageCommandSupport.finish(&out, writing: "the letters")
        if letters.isEmpty, !json {
            let said = box.letters.isEmpty ? loaded.words.empty : unread ? "Nothing unread."
                : "Every letter is out of sight; --all lists them."
            StorageCommandSupport.printError(said)
        } else if out.isTerminal, !json {
            StorageCommandSupport.printError("tend letters read ID shows one whole and marks it read.")
        }
    }

    /// The letters and the words around them; a setup that can't have any
    /// says so and ends here (status 0 with no folder, 1 without `[me] name`).
    static func load(_ paths: StoragePaths) throws -> (box: LetterBox, words: LetterWords, journal: Journal) {
        let journal = Journal(paths: paths)
        let config = ConfigFile(paths: paths).load().config
        let words = PromptLibrary.builtIn.letters
        let reading = try StorageCommandSupport.reporting { () throws(StorageError) in try journal.readHistory() }
        StorageCommandSupport.report(reading.skipped)
        let (box, findings) = LetterLoader(paths: paths, me: config.me, words: words).all(history: reading.value.records)
        switch box.setup {
        case .noFolder:
            StorageCommandSupport.printError(words.setUp)
            throw ExitCode.success
        case .needsName:
            StorageCommandSupport.printError(words.noName)
            throw ExitCode.failure
        case .ready:
            break
        }
        if !findings.isEmpty {
            let count = findings.count
            StorageCommandSupport.printError("\(Plural.count(count, "thing")) in the shared folders couldn't be read and \(count == 1 ? "was" : "were") passed over; tend doctor says what.")
        }
        return (box, words, journal)
    }

    /// `ID  Mon 2026-11-23 21:30  From Sam (new): the words`, safe for a terminal.
    static func line(_ letter: ReceivedLetter, box: LetterBox, words: LetterWords) -> String {
        let time = letter.letter.written, local = time.local
        var heading = SendingWords.fill(words.heading, ["name": SafeText.line(letter.person)])
        if box.isHidden(letter) { heading += " (hidden)" } else if !box.isRead(letter) { heading += " (\(words.unreadTag))" }
        let body = SafeText.line(LettersText.body(letter, words: words))
        return "\(letter.id)  \(time.weekdayAbbreviation) \(local.dayString) \(local.hourMinute)  \(heading): \(body)"
    }

    static func jsonLine(_ letter: ReceivedLetter, box: LetterBox) -> String {
        var object = JSONObject()
        object.add("id", letter.id.rawValue)
        object.add("time", letter.letter.written.iso8601)
        object.add("sent", letter.letter.sent.iso8601)
        object.add("from", letter.person)
        object.add("signed", letter.letter.from)
        object.add("to", letter.letter.to)
        object.add("text", letter.letter.text)
        object.add("sealed", letter.letter.text == nil ? (letter.sealedBecause ?? "sealed") : nil)
        object.add("read", box.isRead(letter))
        object.add("hidden", box.isHidden(letter))
        object.add("file", letter.file)
        return String(decoding: JSONLineWriter.line(object), as: UTF8.self)
    }

    /// The letter whose id is `text`, or starts with it (when only one does).
    static func find(_ text: String, in box: LetterBox) throws -> ReceivedLetter {
        if let exact = box.letters.first(where: { $0.id.rawValue == text }) { return exact }
        let matches = text.isEmpty ? [] : box.letters.filter { $0.id.rawValue.hasPrefix(text) }
        if matches.count == 1 { return matches[0] }
        if matches.isEmpty {
            StorageCommandSupport.printError("No letter has the id \(SafeText.line(text)). `tend letters --all` lists them with their ids.")
        } else {
            StorageCommandSupport.printError("\(matches.count) letters have ids starting \(SafeText.line(text)); give more of it.")
        }
        throw ExitCode.failure
    }

    /// Appends a note about a letter to the user's own journal.
    static func note(_ payload: Payload, in journal: Journal) throws {
        let now = try LaunchClock.now()
        _ = try StorageCommandSupport.reporting { () throws(StorageError) in try journal.append(payload, at: now) }
    }
}

/// The words of a letter for the shell: as written, or why it is sealed.
enum LettersText {
    static func body(_ letter: ReceivedLetter, words: LetterWords) -> String {
        letter.letter.text ?? SendingWords.fill(words.sealed, ["reason": letter.sealedBecause ?? words.noKey])
    }
}

/// `tend letters read ID`.
struct LettersReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read", abstract: "Show one letter whole, and mark it read.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The letter's id, as tend letters lists it (a unique start is enough).", valueName: "id"))
    var id: String

    func run() throws {
        let loaded = try LettersCommand.load(global.paths)
        let letter = try LettersCommand.find(id, in: loaded.box)
        var out = StandardOutput()
        out.write(SendingWords.fill(loaded.words.heading, ["name": SafeText.line(letter.person)]) + ", " + SentNote.moment(letter.letter.written) + "\n\n")
        let body = LettersText.body(letter, words: loaded.words)
        out.write(body.split(separator: "\n", omittingEmptySubsequences: false).map { SafeText.line(String($0)) }.joined(separator: "\n") + "\n")
        // Marked read only once it was shown.
        try StorageCommandSupport.finish(&out, writing: "the letter")
        if let note = loaded.box.readNote(for: letter) { try LettersCommand.note(note, in: loaded.journal) }
    }
}

/// `tend letters hide ID`.
struct LettersHideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hide", abstract: "Put a letter out of sight here (their file is left as it is).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The letter's id (a unique start is enough).", valueName: "id"))
    var id: String

    func run() throws {
        let loaded = try LettersCommand.load(global.paths)
        let letter = try LettersCommand.find(id, in: loaded.box)
        guard !loaded.box.isHidden(letter) else {
            StorageCommandSupport.printError("It is out of sight already. `tend letters unhide \(letter.id)` brings it back.")
            return
        }
        try LettersCommand.note(loaded.box.hideToggle(for: letter), in: loaded.journal)
        StorageCommandSupport.printError(SendingWords.fill(loaded.words.hidden, ["name": SafeText.line(letter.person)])
            + " tend letters --all still lists it.")
    }
}

/// `tend letters unhide ID`.
struct LettersUnhideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unhide", abstract: "Bring a hidden letter back into sight.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The letter's id (a unique start is enough).", valueName: "id"))
    var id: String

    func run() throws {
        let loaded = try LettersCommand.load(global.paths)
        let letter = try LettersCommand.find(id, in: loaded.box)
        guard loaded.box.isHidden(letter) else {
            StorageCommandSupport.printError("It isn't hidden.")
            return
        }
        try LettersCommand.note(loaded.box.hideToggle(for: letter), in: loaded.journal)
        StorageCommandSupport.printError(loaded.words.shownAgain)
    }
}
