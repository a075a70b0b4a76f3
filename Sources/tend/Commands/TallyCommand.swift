import ArgumentParser
import Foundation
import TendCore
import TendJournalFormat
import TendStorage

/// `tend tally + "TEXT"` / `tend tally - "TEXT"`: notes one good or hard
/// moment for the week's balance and prints its id (on a terminal, the
/// week's balance too).
struct TallyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tally",
        abstract: "Note a good (+) or a hard (-) moment, for the week's balance.",
        discussion: """
            Examples: tend tally + "laughed together at breakfast" --with Sam
                      tend tally - "snapped about the dishes"
            Prints the new entry's id (exit status 0 once it is saved, even if the id cannot be printed).
            The balance is a compass, not a score.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("+ for a good moment, - for a hard one (or good, hard).", valueName: "+|-"))
    var tone: Tally.Tone

    @Argument(help: ArgumentHelp("What happened, in a few words.", valueName: "text"))
    var words: [String] = []

    @Option(name: .customLong("with"), help: ArgumentHelp("Who it was with.", valueName: "name"))
    var person: String?

    func run() throws {
        StorageCommandSupport.survivesFileSizeLimit()
        guard RawArguments.areValidUTF8 else {
            StorageCommandSupport.printError(
                "Part of that text is not valid UTF-8 (check your terminal's encoding). Nothing was saved.")
            throw ExitCode.failure
        }
        let text = words.joined(separator: " ").trimmedIncludingNewlines()
        guard !text.isEmpty else {
            StorageCommandSupport.printError("What happened? A few words are enough, like: tend tally + \"a laugh at lunch\"")
            throw ExitCode.validationFailure
        }
        let journal = Journal(paths: global.paths)
        let name = person.map { KnownName.spelling(of: $0, in: journal) }
        let now = try LaunchClock.now()
        let record: Record
        do {
            record = try journal.append(.tally(Tally(tone: tone, text: text, person: name?.isEmpty == false ? name : nil)),
                                        at: now)
        } catch {
            StorageCommandSupport.printError(error.description)
            StorageCommandSupport.printError("Your words, so you can keep them: \(text)")
            throw ExitCode.failure
        }
        StorageCommandSupport.confirm(saved: tone == .positive ? "your good moment" : "your hard moment", id: record.id) { out in
            out.isTerminal ? "Noted. \(weekLine(journal, now: now)) \(record.id)\n" : "\(record.id)\n"
        }
    }

    /// "This week 5 good (1 appreciation, 4 noted with +) : 1 hard." from the
    /// last eight days of the journal.
    private func weekLine(_ journal: Journal, now: Date) -> String {
        let today = LocalDay(containing: now, in: .current)
        let records = (try? journal.records(since: now.addingTimeInterval(-8 * 86_400))) ?? []
        let week = BalanceStats(records: History(records).records, today: today).thisWeek
        let sources = week.goodSources().map { " (\($0))" } ?? ""
        return "This week \(week.good) good\(sources) : \(week.hard) hard."
    }
}

extension Tally.Tone: ExpressibleByArgument {
    public init?(argument: String) {
        switch argument.lowercased() {
        case "+", "good", "positive": self = .positive
        case "-", "hard", "negative": self = .negative
        default: return nil
        }
    }

    public static var allValueStrings: [String] { ["+", "-"] }
}
