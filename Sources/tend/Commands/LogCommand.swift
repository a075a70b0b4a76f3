import ArgumentParser
import Foundation
import TendCore
import TendJournalFormat
import TendStorage

/// `tend log`: the journal, newest first, one entry per line.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Show your entries, newest first.",
        discussion: """
            Search ignores case and accents: --search jose finds José. Pipe it anywhere: tend log | grep -i walk. The reminders Tend offered are bookkeeping and show only with --kind prompt.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Show at most this many entries.", valueName: "n"))
    var limit: Int?

    @Option(help: ArgumentHelp("Only entries whose text or person contains this.", valueName: "text"))
    var search: String?

    @Option(name: .customLong("to"), help: ArgumentHelp("Only entries about this person.", valueName: "name"))
    var person: String?

    @Option(help: ArgumentHelp("Only this kind: check-in, pause, thanks, prompt, repair, tally, meeting, note, focus, focus-day, reflection, review, read, hidden (repeatable).", valueName: "kind"))
    var kind: [String] = []

    @Option(help: ArgumentHelp("From this day on (YYYY-MM-DD, or today).", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Up to and including this day (YYYY-MM-DD, or today).", valueName: "date"))
    var until: String?

    @Flag(help: "One JSON record per line, in the journal's own format.")
    var json = false

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit needs a number of 0 or more.") }
        for name in kind where Self.kind(named: name) == nil {
            throw ValidationError("Tend has no kind called \"\(SafeText.line(name))\". Try check-in, pause, thanks, prompt, repair, tally, meeting, note, focus, focus-day, reflection, review, read or hidden.")
        }
        for (flag, value) in [("--since", since), ("--until", until)] {
            if let value, !Self.isDay(value) {
                throw ValidationError("\(flag) needs a day like 2026-11-23 (or today); it got \"\(SafeText.line(value))\".")
            }
        }
    }

    func run() throws {
        StorageCommandSupport.exitQuietlyOnBrokenPipe()
        let query = RecordQuery(
            kinds: kind.isEmpty ? Self.shownByDefault : Set(kind.compactMap(Self.kind(named:))),
            search: search.flatMap { $0.isEmpty ? nil : $0 },
            person: person,
            sinceDay: try Self.day(since),
            untilDay: try Self.day(until)
        )
        let journal = Journal(paths: global.paths)
        var out = StandardOutput()
        let formatter = LogLineFormatter(columns: out.columns, usesColour: out.usesColour,
                                         practices: { CustomPractices.library(global.paths) })
        var shown = 0
        let limit = self.limit ?? Int.max
        if limit > 0 {
            let skipped = try StorageCommandSupport.reporting { () throws(StorageError) in
                try journal.forEachNewestFirst(matching: query) { record in
                    if json {
                        out.write(bytes: record.jsonLine)
                        out.write("\n")
                    } else {
                        out.write(formatter.line(for: record))
                    }
                    shown += 1
                    return shown < limit
                }
            }
            StorageCommandSupport.report(skipped)
        }
        try StorageCommandSupport.finish(&out, writing: "the log")
        if shown == 0, !json {
            let unfiltered = kind.isEmpty && search == nil && person == nil && since == nil && until == nil
            StorageCommandSupport.printError(unfiltered ? "Nothing here yet. Your first entry will show up here." : "No entries match.")
        }
    }

    /// Every kind but the prompts offered, which are bookkeeping.
    static let shownByDefault = Set(RecordKind.content.filter { $0 != .promptFired })

    static func kind(named name: String) -> RecordKind? {
        let lowered = name.lowercased()
        return RecordKind.content.first { $0.rawValue == lowered || $0.label == lowered }
            ?? (lowered == "checkin" ? .checkIn : nil)
    }

    /// The one clock's local day, which `today` in `--since` and `--until` means.
    static func today() throws -> String { LocalTime(try LaunchClock.now(), in: .current).local.dayString }

    /// `YYYY-MM-DD` as given, or `today` (the one clock's local day) for "today".
    static func day(_ text: String, today: String) -> String? {
        if text.lowercased() == "today" { return today }
        return LocalDay(parsing: text)?.description
    }

    /// True when `text` is a day the day options take (`YYYY-MM-DD` or today), for `validate()`.
    static func isDay(_ text: String) -> Bool { day(text, today: "") != nil }

    /// A day option as given (nil when it was not), `today` read on the one clock.
    static func day(_ text: String?) throws -> String? {
        guard let text else { return nil }
        return day(text, today: try today())
    }
}
