import ArgumentParser
import Foundation
import TendCore
import TendStorage

/// `tend send ID` sends a saved appreciation to the person it is about (or
/// a repair's words to the person it was with); `tend send --unsent` lists
/// the appreciations still waiting.
struct SendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "send",
        abstract: "Send a saved appreciation to the person it is about, or list those not sent yet.",
        discussion: """
            A repair's id sends the words it kept to the person it was with. How each person is reached is in people.toml (see `tend people`); anyone not there gets \
            the message copied to your clipboard. Sending one again asks first (--again does not ask). \
            Exits 3 when the message could not be sent; it stays in your journal, not sent yet.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The appreciation's id, as tend thanks and tend send --unsent print it (a unique start is enough).",
                                 valueName: "id"))
    var id: String?

    @Flag(help: "List the appreciations not sent yet, oldest first, with their ids.")
    var unsent = false

    @Option(help: ArgumentHelp("With --unsent: only from this day on (YYYY-MM-DD, or today).", valueName: "date"))
    var since: String?

    @Flag(help: "Send it again without asking, when it was sent before.")
    var again = false

    func validate() throws {
        if unsent, id != nil { throw ValidationError("Give an id to send, or --unsent to list, not both.") }
        if !unsent, id == nil { throw ValidationError("Which one? Give its id (tend send --unsent lists them).") }
        if since != nil, !unsent { throw ValidationError("--since goes with --unsent.") }
        if let since, !LogCommand.isDay(since) {
            throw ValidationError("--since needs a day like 2026-11-23 (or today); it got \"\(SafeText.line(since))\".")
        }
    }

    func run() throws {
        StorageCommandSupport.exitQuietlyOnBrokenPipe()
        StorageCommandSupport.survivesFileSizeLimit()
        let journal = Journal(paths: global.paths)
        let records = try StorageCommandSupport.reporting { () throws(StorageError) in try journal.history().records }
        if unsent { return try list(records) }
        guard let id else { return }
        let record = try Self.find(id, in: records)
        let (person, previouslySent): (String, LocalTime?)
        switch record.payload {
        case .appreciation(let a): (person, previouslySent) = (a.person, a.sent)
        case .repair(let r): (person, previouslySent) = (r.who, r.sent)
        default: return
        }
        if let sent = previouslySent, !again, try !confirmResend(person, sent: sent) { return }
        let service = try SendService.forCommands(global.paths)
        guard let plan = service.plan(for: record, history: records) else { return }
        SendDelivery.printNotes(plan)
        let status = SendDelivery.send(plan, with: service)
        if status != 0 { throw ExitCode(status) }
    }

    /// The appreciation (or repair with words) whose id is `text`, or starts with it (when only one does).
    static func find(_ text: String, in records: [Record]) throws -> Record {
        let appreciations = records.filter { EntryKind.isSendable($0) }
        if let exact = appreciations.first(where: { $0.id.rawValue == text }) { return exact }
        let matches = text.isEmpty ? [] : appreciations.filter { $0.id.rawValue.hasPrefix(text) }
        if matches.count == 1 { return matches[0] }
        if records.contains(where: { $0.id.rawValue == text }) {
            StorageCommandSupport.printError("\(SafeText.line(text)) is not an appreciation; only appreciations and a repair's words are sent.")
        } else if matches.isEmpty {
            StorageCommandSupport.printError("No appreciation has the id \(SafeText.line(text)). `tend send --unsent` lists those not sent yet.")
        } else {
            StorageCommandSupport.printError("\(matches.count) appreciations have ids starting \(SafeText.line(text)); give more of it.")
        }
        throw ExitCode.failure
    }

    private func confirmResend(_ person: String, sent: LocalTime) throws -> Bool {
        let question = "You sent this to \(SafeText.line(person)) on \(SentNote.moment(sent))."
        guard isatty(STDIN_FILENO) == 1 else {
            StorageCommandSupport.printError("\(question) Add --again to send it once more.")
            throw ExitCode.failure
        }
        StandardStream.error.write("\(question) Send it again? [y/N] ")
        let answer = readLine()?.trimmed().lowercased() ?? ""
        if answer == "y" || answer == "yes" { return true }
        StorageCommandSupport.printError("Left as it was.")
        return false
    }

    private func list(_ records: [Record]) throws {
        let first = try LogCommand.day(since).flatMap(LocalDay.init(parsing:))
        let waiting = SendHistory.unsent(in: records, since: first)
        var out = StandardOutput()
        for record in waiting {
            guard case .appreciation(let a) = record.payload else { continue }
            let l = record.time.local
            let date = "\(record.time.weekdayAbbreviation) \(l.dayString) \(l.hourMinute)"
            var line = "\(record.id.rawValue)  \(date)  \(SafeText.line(a.person)): \(SafeText.line(a.text))"
            if let columns = out.columns { line = line.truncated(toWidth: max(1, columns)) }
            out.write(line + "\n")
        }
        out.flush()
        if waiting.isEmpty {
            StorageCommandSupport.printError(first == nil ? "Nothing is waiting: every appreciation has been sent."
                                             : "Nothing from then on is waiting to be sent.")
        } else if out.isTerminal {
            StorageCommandSupport.printError("tend send ID sends one.")
        }
    }
}

/// Kinds, for the commands.
enum EntryKind {
    /// An appreciation, or a repair that kept words to say.
    static func isSendable(_ record: Record) -> Bool {
        switch record.payload {
        case .appreciation: return true
        case .repair(let r): return !(r.words ?? "").trimmed().isEmpty
        default: return false
        }
    }
}
