import ArgumentParser
import Foundation
import TendCore
import TendStorage

/// `tend focus`: the week's focus, one practice card kept for seven days;
/// `tend focus start ID [--for NAME]` chooses it, `tend focus stop` ends it early.
struct FocusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "focus",
        abstract: "Show the week's focus, or choose one card to keep for seven days.",
        discussion: """
            A focus runs for seven local days, from the day it is chosen (from the next day when \
            it is chosen at 21:00 or later). The morning check-in offers it first, bedtime asks how \
            it went, and when the week is over the app asks for a one-minute look back.

            --json prints one object: id, card, name, person, started (its first day), day (0 \
            before it starts, then 1 to 7), done (the numbers of the days it happened), ended and \
            reflectionDue. With no focus, card is null.
            """,
        subcommands: [Show.self, Start.self, Stop.self],
        defaultSubcommand: Show.self
    )

    /// `tend focus [show] [--json]`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show the week's focus (the default).")

        @OptionGroup var global: GlobalOptions

        @Flag(help: "Print one JSON object for scripts.")
        var json = false

        func run() throws {
            let now = try LaunchClock.now()
            let current = try FocusCommand.current(global, now: now)
            let library = CustomPractices.library(global.paths)
            var out = StandardOutput()
            out.write((json ? FocusReport.json(current, library: library) : FocusReport.text(current, library: library)) + "\n")
            try StorageCommandSupport.finish(&out, writing: "the focus")
        }
    }

    /// `tend focus start ID [--for NAME]`.
    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "start", abstract: "Make one card your focus for the next seven days.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The card's id, as `tend practices` lists it.")
        var id: String

        @Option(name: .customLong("for"), help: ArgumentHelp("Who it is for, if anyone in particular.", valueName: "name"))
        var person: String?

        func run() throws {
            StorageCommandSupport.survivesFileSizeLimit()
            let library = PracticesCommand.loadLibrary(configDirectory: global.paths.configDirectory)
            guard let card = library.practice(withID: id) else {
                PracticesCommand.printError(PracticesCommand.unknownCardMessage(id, in: library))
                throw ExitCode.failure
            }
            let journal = Journal(paths: global.paths)
            let now = try LaunchClock.now()
            let current = try FocusCommand.current(global, now: now)
            let name = person.map { KnownName.spelling(of: $0, in: journal) }.flatMap { $0.isEmpty ? nil : $0 }
            let payloads = FocusChange.start(card: card.id, person: name, now: LocalTime(now, in: .current), current: current)
            if payloads.isEmpty {
                let when = current?.isUpcoming == true ? "it begins tomorrow" : "day \(current?.day ?? 1) of 7"
                print("\(SafeText.line(FocusReport.cardText(card.name, person: name))) is your focus already: \(when).")
                return
            }
            let records = try StorageCommandSupport.reporting { () throws(StorageError) -> [Record] in
                try payloads.map { (payload) throws(StorageError) -> Record in try journal.append(payload, at: now) }
            }
            if records.count > 1, let current {
                print(FocusReport.stopped(current, library: library))
            }
            guard case .focus(let focus)? = records.last?.payload else { return }
            let first = focus.start == FocusCalendar.today(LocalTime(now, in: .current)) ? "Day 1 is today." : "Day 1 is tomorrow, \(focus.start.shortText)."
            print("Your focus for the week: \(SafeText.line(FocusReport.cardText(card.name, person: name))). \(first)")
        }
    }

    /// `tend focus stop`.
    struct Stop: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "stop", abstract: "End the week's focus early.")

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let now = try LaunchClock.now()
            guard let current = try FocusCommand.current(global, now: now) else {
                print("No focus is running. `tend focus start ID` chooses one.")
                return
            }
            let journal = Journal(paths: global.paths)
            try StorageCommandSupport.reporting { () throws(StorageError) in
                _ = try journal.append(FocusChange.stop(current, now: LocalTime(now, in: .current)), at: now)
            }
            let library = CustomPractices.library(global.paths)
            if current.hasEnded || current.isReflectionDue {
                print("Your week of \(SafeText.line(FocusReport.name(current, library: library))) is put away; it will not ask for a look back.")
            } else {
                print(FocusReport.stopped(current, library: library) + " Any card can be your focus again.")
            }
        }
    }

    /// The focus as it stands, from the recent part of the journal (as the app
    /// reads it); a month file that cannot be read is named on stderr.
    static func current(_ global: GlobalOptions, now: Date) throws -> FocusNow? {
        let journal = Journal(paths: global.paths)
        let since = now.addingTimeInterval(-Double(FocusReport.recentDays) * 86_400)
        let reading = try StorageCommandSupport.reporting { () throws(StorageError) in try journal.readRecords(since: since) }
        StorageCommandSupport.report(reading.skipped)
        return FocusTracker.current(in: reading.value, now: LocalTime(now, in: .current))
    }
}
