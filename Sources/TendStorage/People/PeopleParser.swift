import Foundation
import TendCore
import TOMLKit

/// Reads people.toml into a `PeopleBook`, with a `ConfigProblem` naming
/// the key and line of everything it has to set aside. Never fails: a
/// person whose entry is broken is left out (their messages then go to the
/// clipboard) rather than sent somewhere the user did not mean.
public struct PeopleParser {
    public var file: String
    private let layout: PeopleLayout
    /// What `~` in a `share` path stands for.
    private let home: String
    private var problems: [ConfigProblem] = []

    private init(file: String, text: String, home: String) {
        self.file = file
        self.home = home
        layout = PeopleLayout(text)
    }

    public static let knownKeys = ["send", "email", "stdin", "share", "age_recipient"]

    /// Parses `text`; `file` only names the file in problems, `home` stands for `~`.
    public static func parse(_ text: String, file: String, home: String = FolderPath.home) -> PeopleLoadResult {
        var parser = PeopleParser(file: file, text: text, home: home)
        let root: TOMLTable
        do {
            root = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            let problem = ConfigProblem(kind: .syntax, file: file, key: "", found: error.description, expected: "valid TOML",
                                        line: error.source.begin.line)
            return PeopleLoadResult(book: PeopleBook(), problems: [problem], fileExists: true)
        } catch {
            let problem = ConfigProblem(kind: .syntax, file: file, key: "", found: "\(error)", expected: "valid TOML")
            return PeopleLoadResult(book: PeopleBook(), problems: [problem], fileExists: true)
        }
        let book = parser.read(root)
        return PeopleLoadResult(book: book, problems: parser.problems, fileExists: true)
    }

    private mutating func read(_ root: TOMLTable) -> PeopleBook {
        for key in root.keys.sorted() where key != "people" {
            problems.append(ConfigProblem(kind: .unknownKey, file: file, key: SafeText.line(key), found: SafeText.line(key),
                                          expected: #"[people."Name"] tables"#, line: layout.line(ofTopLevel: key)))
        }
        var book = PeopleBook()
        guard let value = root["people"] else { return book }
        guard let people = value.table else {
            problems.append(ConfigProblem(kind: .wrongType, file: file, key: "people", found: describe(value),
                                          expected: #"one [people."Name"] table per person"#, line: layout.line(ofTopLevel: "people")))
            return book
        }
        // In the file's order, so the first of two spellings of a name wins.
        let names = people.keys.sorted { (layout.table(named: $0)?.line ?? .max, $0) < (layout.table(named: $1)?.line ?? .max, $1) }
        for name in names {
            guard let entry = people[name], let contact = readPerson(name, entry) else { continue }
            if let earlier = book.add(contact) {
                let line = layout.table(named: earlier.name)?.line
                problems.append(problem(.invalidValue, name, nil,
                                        found: "the same person as \(quoted(earlier.name))" + (line.map { " on line \($0)" } ?? ""),
                                        expected: "each person once (names match ignoring case and accents)"))
            }
        }
        return book
    }

    private mutating func readPerson(_ name: String, _ value: any TOMLValueConvertible) -> Contact? {
        guard !name.trimmed().isEmpty else {
            problems.append(problem(.invalidValue, name, nil, found: "an empty name", expected: #"a name, like [people."Ana"]"#))
            return nil
        }
        guard let table = value.table else {
            problems.append(problem(.wrongType, name, nil, found: describe(value),
                                    expected: #"a table with send = [...] or email = "...""#))
            return nil
        }
        for key in table.keys.sorted() where !Self.knownKeys.contains(key) {
            problems.append(problem(.unknownKey, name, key, found: SafeText.line(key), expected: "one of: \(Self.knownKeys.joined(separator: ", "))"))
        }
        let send = table["send"], email = table["email"]
        if let share = table["share"] {
            if let other = send != nil ? "send" : email != nil ? "email" : nil {
                problems.append(problem(.invalidValue, name, "share", found: "given beside \(other)",
                                        expected: "one way per person: send, email or share"))
                return nil
            }
            if table["stdin"] != nil {
                problems.append(problem(.invalidValue, name, "stdin", found: "given with share", expected: "stdin only beside send"))
            }
            return readShare(name, share, recipient: table["age_recipient"])
        }
        if table["age_recipient"] != nil {
            problems.append(problem(.invalidValue, name, "age_recipient", found: "given without share",
                                    expected: "age_recipient only beside share, to seal what goes into the folder"))
        }
        switch (send, email) {
        case (nil, nil):
            problems.append(problem(.missingKey, name, nil, found: "nothing",
                                    expected: #"send = ["command", "{message}"], email = "name@example.org" or share = "~/Sync/folder""#))
            return nil
        case (.some, .some):
            problems.append(problem(.invalidValue, name, "email", found: "given beside send",
                                    expected: "one way per person: send, email or share"))
            return nil
        case (let send?, nil):
            return readCommand(name, send, stdin: table["stdin"])
        case (nil, let email?):
            if table["stdin"] != nil {
                problems.append(problem(.invalidValue, name, "stdin", found: "given with email",
                                        expected: "stdin only beside send"))
            }
            return readEmail(name, email)
        }
    }

    private mutating func readCommand(_ name: String, _ value: any TOMLValueConvertible,
                                      stdin: (any TOMLValueConvertible)?) -> Contact? {
        let expected = #"a list of the command and its arguments, like ["signal-cli", "send", "-m", "{message}", "+4915550100"]"#
        guard let list = value.array else {
            problems.append(problem(.wrongType, name, "send", found: describe(value), expected: expected))
            return nil
        }
        var arguments: [String] = []
        for element in list {
            guard let text = element.string else {
                problems.append(problem(.wrongType, name, "send", found: "a list holding \(describe(element))", expected: expected))
                return nil
            }
            arguments.append(text)
        }
        guard let program = arguments.first, !program.trimmed().isEmpty else {
            problems.append(problem(.invalidValue, name, "send", found: arguments.isEmpty ? "an empty list" : "an empty command name",
                                    expected: expected))
            return nil
        }
        if arguments.contains(where: { $0.utf8.contains(0) }) {
            problems.append(problem(.invalidValue, name, "send", found: "an argument holding a NUL character",
                                    expected: "arguments without \\u0000"))
            return nil
        }
        if let unknown = arguments.flatMap(SendTemplate.unknownPlaceholders).first {
            problems.append(problem(.invalidValue, name, "send", found: "a list holding \(SafeText.line(unknown))",
                                    expected: "only {message}, {text}, {name} and {date} as placeholders"))
            return nil
        }
        var usesStdin = false
        if let stdin {
            if let flag = stdin.bool { usesStdin = flag } else {
                problems.append(problem(.wrongType, name, "stdin", found: describe(stdin), expected: "true or false"))
                return nil
            }
        }
        guard usesStdin || SendTemplate.carriesMessage(arguments) else {
            problems.append(problem(.invalidValue, name, "send", found: "a command that never gets the message",
                                    expected: "{message} or {text} in one of its arguments, or stdin = true"))
            return nil
        }
        return Contact(name: name, way: .command(arguments, stdin: usesStdin))
    }

    private mutating func readEmail(_ name: String, _ value: any TOMLValueConvertible) -> Contact? {
        let expected = #"an address in quotes, like "jose@example.org""#
        guard let address = value.string?.trimmed() else {
            problems.append(problem(.wrongType, name, "email", found: describe(value), expected: expected))
            return nil
        }
        guard let reason = Self.problem(withAddress: address) else {
            return Contact(name: name, way: .email(address))
        }
        problems.append(problem(.invalidValue, name, "email", found: "\(quoted(address)) (\(reason))", expected: expected))
        return nil
    }

    private mutating func readShare(_ name: String, _ value: any TOMLValueConvertible,
                                    recipient: (any TOMLValueConvertible)?) -> Contact? {
        let expected = #"a folder you both sync, in quotes, like "~/Sync/sam-and-ana""#
        guard let written = value.string else {
            problems.append(problem(.wrongType, name, "share", found: describe(value), expected: expected))
            return nil
        }
        let path: String
        switch FolderPath.expand(written, home: home) {
        case .success(let expanded): path = expanded
        case .failure(let reason):
            problems.append(problem(.invalidValue, name, "share", found: "\(quoted(written)) (\(reason))", expected: expected))
            return nil
        }
        var folder = SharedFolder(path: path, written: written.trimmed())
        if let recipient {
            let keyExpected = #"an age public key in quotes, like "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p""#
            guard let key = recipient.string?.trimmed() else {
                problems.append(problem(.wrongType, name, "age_recipient", found: describe(recipient), expected: keyExpected))
                return nil
            }
            guard Self.isAgeRecipient(key) else {
                problems.append(problem(.invalidValue, name, "age_recipient", found: quoted(key), expected: keyExpected))
                return nil
            }
            folder.ageRecipient = key
        }
        return Contact(name: name, way: .share(folder))
    }

    /// True for what `age -r` takes: an `age1…` key, or an ssh public key.
    public static func isAgeRecipient(_ key: String) -> Bool {
        if key.hasPrefix("ssh-ed25519 ") || key.hasPrefix("ssh-rsa ") {
            return !key.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
        }
        guard key.hasPrefix("age1"), key.count >= 20, key.count <= 200 else { return false }
        return key.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
    }

    /// What is wrong with an email address, or nil when it looks usable.
    public static func problem(withAddress address: String) -> String? {
        if address.isEmpty { return "empty" }
        if address.hasPrefix("-") { return "it starts with -, which a mail program would take as an option" }
        if address.unicodeScalars.contains(where: { $0.value < 0x21 || $0.value == 0x7F || $0 == "," || $0 == "<" || $0 == ">" }) {
            return "it holds spaces or characters an address cannot"
        }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return "it needs one @ with text on both sides" }
        return nil
    }

    // MARK: - Problems

    private func problem(_ kind: ConfigProblem.Kind, _ person: String, _ key: String?, found: String,
                         expected: String) -> ConfigProblem {
        var path = "people.\(quoted(person))"
        if let key { path += ".\(SafeText.line(key))" }
        return ConfigProblem(kind: kind, file: file, key: path, found: found, expected: expected,
                             line: layout.line(ofKey: key, person: person))
    }

    private func describe(_ value: any TOMLValueConvertible) -> String {
        switch value.type {
        case .string: quoted(value.string ?? "")
        case .int: "the number \(value.int.map(String.init) ?? "")"
        case .double: "the number \(value.double.map { String($0) } ?? "")"
        case .bool: value.bool == true ? "true" : "false"
        case .array: "a list"
        case .table: "a table"
        case .date, .time, .dateTime: "\(SafeText.line(value.debugDescription)) without quotes"
        }
    }

    private func quoted(_ text: String) -> String { "\"" + SafeText.line(text) + "\"" }
}
