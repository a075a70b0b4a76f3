import ArgumentParser
import Foundation
import TendCore

/// `tend practices`: lists the practice cards (built in, then the user's
/// own from `practices.toml` beside config.toml); `tend practices show ID`
/// prints one card.
struct PracticesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "practices",
        abstract: "List the practice cards, or show one.",
        discussion: """
            Your own cards go in practices.toml next to config.toml: one [[practice]] table \
            per card with the keys id, name, group, how, why, when, where, who and seconds, \
            and if you like follow_up (the evening question; left out, a gentle default is asked) \
            and next (the id of the card that comes after it, suggested after a week's focus). \
            Problems in that file are reported \
            as warnings on stderr naming the line; the built-in cards are always listed.

            --json prints an array of objects with the keys id, name, group, how, why, followUp, \
            when, where, who, seconds, source ("built-in" or "custom") and, for a card that leads \
            on to another, next.
            """,
        subcommands: [List.self, Show.self],
        defaultSubcommand: List.self
    )

    /// `tend practices [list] [--group G] [--who W] [--json]`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the practice cards (the default).")

        @OptionGroup var global: GlobalOptions

        @Option(name: .long, help: ArgumentHelp(
            "Only this group: \(PracticeGroup.allCases.map(\.rawValue).joined(separator: ", ")).",
            valueName: "group"), completion: .list(PracticeGroup.allCases.map(\.rawValue)))
        var group: String?

        @Option(name: .long, help: ArgumentHelp(
            "Only cards for these people: \(Audience.allCases.map(\.rawValue).joined(separator: ", ")).",
            valueName: "who"), completion: .list(Audience.allCases.map(\.rawValue)))
        var who: String?

        @Flag(name: .long, help: "Print JSON instead of a table.")
        var json = false

        func validate() throws {
            if let group, PracticeGroup(rawValue: group.lowercased()) == nil {
                let known = PracticeGroup.allCases.map(\.rawValue).joined(separator: ", ")
                throw ValidationError("unknown group '\(group)'; the groups are: \(known)")
            }
            if let who, Audience(rawValue: who.lowercased()) == nil {
                let known = Audience.allCases.map(\.rawValue).joined(separator: ", ")
                throw ValidationError("unknown --who '\(SafeText.line(who))'; the choices are: \(known)")
            }
        }

        func run() throws {
            let library = PracticesCommand.loadLibrary(configDirectory: global.paths.configDirectory)
            var practices = library.practices
            if let group, let chosen = PracticeGroup(rawValue: group.lowercased()) {
                practices = practices.filter { $0.group == chosen }
            }
            if let who, let audience = Audience(rawValue: who.lowercased()) {
                practices = practices.filter { $0.audiences.contains(audience) }
            }
            if json {
                try PracticesCommand.printJSON(practices)
            } else {
                PracticesCommand.printTable(practices, style: .forStandardOutput())
            }
        }
    }

    /// `tend practices show ID [--json]`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Print one practice card.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The card's id, as listed by `tend practices`.")
        var id: String

        @Flag(name: .long, help: "Print JSON instead of text.")
        var json = false

        func run() throws {
            let library = PracticesCommand.loadLibrary(configDirectory: global.paths.configDirectory)
            guard let practice = library.practice(withID: id) else {
                PracticesCommand.printError(PracticesCommand.unknownCardMessage(id, in: library))
                throw ExitCode.failure
            }
            if json {
                try PracticesCommand.printJSON(practice)
            } else {
                let style = Style.forStandardOutput()
                PracticesCommand.printCard(practice, style: style)
                print("")
                print("\(style.dim)Make it your focus for the week: tend focus start \(SafeText.line(practice.id)) [--for NAME]\(style.reset)")
            }
        }
    }

    /// "No practice card with the id …", with the nearest card when one is close.
    static func unknownCardMessage(_ id: String, in library: PracticeLibrary) -> String {
        var message = "tend: no practice card with the id '\(SafeText.line(id))'."
        let near = library.practices.filter {
            $0.id.includes(id.lowercased()) || $0.name.lowercased().includes(id.lowercased())
        }
        if let first = near.first {
            message += " Did you mean '\(first.id)'?"
        }
        return message + " Run `tend practices` to list them."
    }

    // MARK: - Loading

    /// The library the app uses too: built-in cards plus the custom file,
    /// whose problems are printed to stderr as warnings.
    static func loadLibrary(configDirectory: URL) -> PracticeLibrary {
        let (library, readError) = CustomPractices.library(configDirectory: configDirectory)
        if let readError { printError("tend: warning: \(readError)") }
        for issue in library.issues {
            printError("tend: warning: \(SafeText.line(issue.description))")
        }
        return library
    }

    // MARK: - Output

    /// Bold and dim, only for a terminal and only without NO_COLOR.
    struct Style {
        var bold = ""
        var dim = ""
        var reset = ""

        static func forStandardOutput() -> Style {
            let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
            guard isatty(STDOUT_FILENO) == 1, !noColor else { return Style() }
            return Style(bold: "\u{1B}[1m", dim: "\u{1B}[2m", reset: "\u{1B}[0m")
        }
    }

    static func printTable(_ practices: [Practice], style: Style) {
        let titles = PromptLibrary.builtIn
        let idWidth = practices.map { SafeText.line($0.id).displayWidth }.max() ?? 0
        let nameWidth = min(40, practices.map { SafeText.line($0.name).displayWidth }.max() ?? 0)
        var first = true
        for group in PracticeGroup.allCases {
            let cards = practices.filter { $0.group == group }
            guard !cards.isEmpty else { continue }
            if !first { print("") }
            first = false
            print("\(style.bold)\(titles.title(of: group))\(style.reset) \(style.dim)(\(group.rawValue))\(style.reset)")
            for card in cards {
                let id = SafeText.line(card.id).padded(toWidth: idWidth)
                let name = SafeText.line(card.name).padded(toWidth: nameWidth)
                let seconds = duration(card.seconds).leftPadded(toWidth: 4)
                let who = card.audiences.map(\.rawValue).joined(separator: ", ")
                let mine = card.source == .custom ? " \(style.dim)(yours)\(style.reset)" : ""
                print("  \(style.dim)\(id)\(style.reset)  \(name)  \(seconds)  \(style.dim)\(who)\(style.reset)\(mine)")
            }
        }
    }

    static func printCard(_ card: Practice, style: Style) {
        let group = PromptLibrary.builtIn.title(of: card.group)
        let source = card.source == .custom ? " · yours" : ""
        print("\(style.bold)\(SafeText.line(card.name))\(style.reset)")
        print("\(style.dim)\(SafeText.line(card.id)) · \(group) · about \(longDuration(card.seconds))\(source)\(style.reset)")
        print("")
        print("How    \(SafeText.line(card.how))")
        print("Why    \(SafeText.line(card.why))")
        print("Later  \(SafeText.line(PromptLibrary.builtIn.followUp(for: card)))")
        print("")
        print("When   \(card.when.map(\.rawValue).joined(separator: ", "))")
        print("Where  \(card.where.map(\.rawValue).joined(separator: ", "))")
        print("Who    \(card.audiences.map(\.rawValue).joined(separator: ", "))")
    }

    /// "6 seconds", "1 minute", "2 minutes 30 seconds".
    static func longDuration(_ seconds: Int) -> String {
        func count(_ value: Int, _ unit: String) -> String { Plural.count(value, unit) }
        let minutes = seconds / 60, rest = seconds % 60
        if minutes == 0 { return count(rest, "second") }
        return rest == 0 ? count(minutes, "minute") : count(minutes, "minute") + " " + count(rest, "second")
    }

    static func printJSON(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        print(String(decoding: data, as: UTF8.self))
    }

    static func printError(_ message: String) {
        ErrorOutput.write(message)
    }

    /// "6s", "2m", "10m", "1m30s".
    static func duration(_ seconds: Int) -> String {
        let minutes = seconds / 60, rest = seconds % 60
        if minutes == 0 { return "\(rest)s" }
        return rest == 0 ? "\(minutes)m" : "\(minutes)m\(rest)s"
    }
}

private extension String {
    func leftPadded(toWidth width: Int) -> String {
        String(repeating: " ", count: max(0, width - displayWidth)) + self
    }
}
