import ArgumentParser
import Foundation
import TendCore
import TendStorage

/// `tend people`: who your appreciations can be sent to, and how.
struct PeopleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: "List who Tend can send your appreciations to, and how.",
        discussion: """
            The ways live in people.toml beside config.toml. Anyone not listed gets the message \
            copied to your clipboard to paste. `add` and `remove` keep your comments in the file.
            """,
        subcommands: [PeopleAddCommand.self, PeopleRemoveCommand.self]
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let file = PeopleFile(paths: global.paths)
        let loaded = file.loadCreatingExample()
        var out = StandardOutput()
        if loaded.book.isEmpty, !loaded.problems.isEmpty {
            out.write("Nobody can be reached yet: people.toml has mistakes (below), so messages are copied for you to paste.\n")
        } else if loaded.book.isEmpty {
            out.write("Nobody is set up yet, so messages are copied for you to paste.\n")
            out.write("Add someone: tend people add Ana --send signal-cli send -m {message} +4915550100\n")
            out.write("         or: tend people add José --email jose@example.org\n")
            out.write("         or: tend people add Sam --share ~/Sync/sam-and-ana   (someone who uses Tend too)\n")
        } else {
            let names = loaded.book.contacts.map { SafeText.line($0.name) }
            let width = min(24, names.map(\.displayWidth).max() ?? 0)
            for (contact, name) in zip(loaded.book.contacts, names) {
                out.write(name.padded(toWidth: width) + "  " + PeopleListing.describe(contact.way) + "\n")
            }
            out.write("Anyone else: the message is copied for you to paste.\n")
        }
        out.write("In \(SafeText.line(file.path)).\n")
        out.flush()
        for problem in loaded.problems { StorageCommandSupport.printError(problem.description) }
        if !loaded.problems.isEmpty { throw ExitCode.failure }
    }

    /// Runs a people.toml change; a `PeopleError` is printed plainly and ends with status 1.
    static func reporting<T>(_ body: () throws(PeopleError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            StorageCommandSupport.printError(error.description)
            throw ExitCode.failure
        }
    }
}

/// `tend people add NAME --email ADDRESS | --share FOLDER [--age-recipient KEY] | [--stdin] --send COMMAND ARG…`.
struct PeopleAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Say how to reach someone: their email, a folder you share, or a command that sends the message.",
        discussion: """
            --send takes the rest of the line as the command and its arguments, never through a shell. \
            In them {message} is the sentence (with a short invitation the first time), {text} the sentence \
            alone, {name} the person and {date} the day it was written. Quote each as your shell needs: \
            tend people add Ana --send signal-cli send -m '{message}' +4915550100

            --share names a folder you both sync (Syncthing, or a git repository) when they use Tend too: \
            what you send goes into your own file there, signed with [me] name from config.toml, and \
            what they send you shows as letters (`tend letters`).

            Someone already listed gets the new way in place of the old.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Who: the name you write your appreciations to.", valueName: "name"))
    var name: String

    @Option(help: ArgumentHelp("Their email address; your mail program opens with the message filled in.", valueName: "address"))
    var email: String?

    @Option(help: ArgumentHelp("A folder you both sync, for someone who uses Tend too.", valueName: "folder"))
    var share: String?

    @Option(name: .customLong("age-recipient"),
            help: ArgumentHelp("With --share: their age public key; what you send is sealed for it.", valueName: "key"))
    var ageRecipient: String?

    @Flag(help: "Also give the message to the command's standard input.")
    var stdin = false

    @Option(parsing: .remaining, help: ArgumentHelp("The command and its arguments (the rest of the line).", valueName: "command"))
    var send: [String] = []

    func validate() throws {
        guard RawArguments.areValidUTF8 else { throw ValidationError("Part of that is not valid UTF-8; nothing was changed.") }
        guard !name.trimmed().isEmpty else { throw ValidationError("Give a name, like: tend people add Ana --email ana@example.org") }
        let ways = [email != nil, share != nil, !send.isEmpty].filter { $0 }.count
        if ways == 0 { throw ValidationError("Say how: --email ADDRESS, --share FOLDER, or --send COMMAND ARG… (the rest of the line).") }
        if ways > 1 { throw ValidationError("One way per person: --email, --share or --send.") }
        if stdin, send.isEmpty { throw ValidationError("--stdin goes with --send.") }
        if ageRecipient != nil, share == nil { throw ValidationError("--age-recipient goes with --share.") }
    }

    func run() throws {
        let way: ContactWay
        if let share {
            way = .share(try Self.folder(share, ageRecipient: ageRecipient?.trimmed()))
        } else {
            way = email.map { .email($0.trimmed()) } ?? .command(send, stdin: stdin)
        }
        let contact = Contact(name: name.trimmed(), way: way)
        let file = PeopleFile(paths: global.paths)
        let previous = try PeopleCommand.reporting { () throws(PeopleError) in try file.apply(.add(contact)) }
        let how = PeopleListing.describe(way)
        if let previous {
            print("\(SafeText.line(previous.name)) now: \(how) (was: \(PeopleListing.describe(previous.way))). Saved in \(SafeText.line(file.path)).")
        } else {
            print("\(SafeText.line(contact.name)): \(how). Saved in \(SafeText.line(file.path)).")
        }
    }
}

extension PeopleAddCommand {
    /// The folder as typed (or as the shell expanded it), written for
    /// people.toml: relative paths made whole, the home folder as `~`, so
    /// the file reads the same on another machine.
    static func folder(_ typed: String, ageRecipient: String?) throws -> SharedFolder {
        let home = FolderPath.home
        guard let path = FolderPath.resolve(typed, currentDirectory: FileManager.default.currentDirectoryPath, home: home) else {
            throw ValidationError("\"\(SafeText.line(typed))\" can't be a shared folder; give its path, like ~/Sync/sam-and-ana.")
        }
        let inHome = home.hasSuffix("/") ? home : home + "/"
        let written = path.hasPrefix(inHome) ? "~/" + path.dropFirst(inHome.count) : path
        if !SharedFolderCheck.isFolder(path) {
            StorageCommandSupport.printError("Note: \(SafeText.line(written)) isn't there yet; letters wait until it is.")
        }
        return SharedFolder(path: path, written: written, ageRecipient: ageRecipient)
    }
}

/// `tend people remove NAME`.
struct PeopleRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Take someone out of people.toml; their messages are then copied for you to paste."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Who (case and accents ignored).", valueName: "name"))
    var name: String

    func run() throws {
        let file = PeopleFile(paths: global.paths)
        let removed = try PeopleCommand.reporting { () throws(PeopleError) in try file.apply(.remove(name: name)) }
        print("Removed \(SafeText.line(removed?.name ?? name)) from \(SafeText.line(file.path)).")
    }
}
