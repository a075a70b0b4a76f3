import TendCore

/// A change `tend people add` or `remove` makes to people.toml: a small
/// splice of the user's own text, so comments and layout stay, checked by
/// parsing the result with TOMLKit, which must give exactly the intended
/// book or the edit is refused.
public enum PeopleEdit: Hashable, Sendable {
    /// Adds someone, or replaces the way of someone already there.
    case add(Contact)
    case remove(name: String)

    /// The new text, and the entry that was replaced or removed, if any.
    public func applied(to text: String, file: String) throws(PeopleError) -> (text: String, previous: Contact?) {
        let before = PeopleParser.parse(text, file: file)
        if let syntax = before.problems.first(where: { $0.kind == .syntax }) { throw .notValidTOML(syntax) }
        let layout = PeopleLayout(text)
        var expected = before.book.contacts
        let edited: String
        let previous: Contact?
        switch self {
        case .add(let contact):
            try Self.check(contact)
            previous = before.book.contact(for: contact.name)
            let block = Self.block(for: contact)
            // Their table is replaced even when it was broken (and so not in the book).
            if let table = Self.table(for: contact.name, in: layout, book: before.book) {
                guard let header = table.section.header else { throw .cannotEditSafely(file: file) }
                expected = previous == nil ? expected + [contact] : expected.map { $0.isNamed(contact.name) ? contact : $0 }
                edited = Self.splice(layout.layout.bytes, header.line.lowerBound..<table.section.contentEnd, block)
            } else if previous != nil {
                throw .cannotEditSafely(file: file)
            } else {
                expected.append(contact)
                edited = Self.appending(block, to: layout.layout.bytes)
            }
        case .remove(let name):
            let existing = before.book.contact(for: name)
            guard let table = Self.table(for: name, in: layout, book: before.book) else {
                throw existing == nil ? .noSuchPerson(name: name, file: file) : .cannotEditSafely(file: file)
            }
            previous = existing
            expected.removeAll { $0.isNamed(name) }
            edited = Self.removing(table.section, from: layout.layout)
        }
        let after = PeopleParser.parse(edited, file: file)
        guard after.book == PeopleBook(expected), !after.problems.contains(where: { $0.kind == .syntax }),
              after.problems.count <= before.problems.count else {
            throw .cannotEditSafely(file: file)
        }
        return (edited, previous)
    }

    /// The `[people."…"]` table of `name`: the one the book took, else the
    /// first whose name matches (a broken entry the book left out).
    private static func table(for name: String, in layout: PeopleLayout, book: PeopleBook) -> PeopleLayout.Table? {
        if let contact = book.contact(for: name), let table = layout.table(named: contact.name) { return table }
        return layout.tables.first { Contact(name: $0.name, way: .email("")).isNamed(name) }
    }

    /// Refuses what could never work, before touching the file.
    private static func check(_ contact: Contact) throws(PeopleError) {
        guard !contact.name.trimmed().isEmpty else {
            throw .invalid("A person needs a name.")
        }
        switch contact.way {
        case .email(let address):
            if let reason = PeopleParser.problem(withAddress: address) {
                throw .invalid("\"\(SafeText.line(address))\" doesn't look like an email address: \(reason).")
            }
        case .command(let arguments, let stdin):
            guard let program = arguments.first, !program.trimmed().isEmpty else {
                throw .invalid("--send needs a command, like: --send signal-cli send -m {message} +4915550100")
            }
            if let unknown = arguments.flatMap(SendTemplate.unknownPlaceholders).first {
                throw .invalid("\(SafeText.line(unknown)) isn't a placeholder Tend fills; use {message}, {text}, {name} or {date}.")
            }
            guard stdin || SendTemplate.carriesMessage(arguments) else {
                throw .invalid("That command never gets the message: put {message} in one of its arguments, or add --stdin.")
            }
        case .share(let folder):
            if case .failure(let reason) = FolderPath.expand(folder.written, home: FolderPath.home) {
                throw .invalid("\"\(SafeText.line(folder.written))\" can't be a shared folder: \(reason).")
            }
            if let key = folder.ageRecipient, !PeopleParser.isAgeRecipient(key) {
                throw .invalid("\"\(SafeText.line(key))\" doesn't look like an age public key (age1…, as age-keygen prints it).")
            }
        }
    }

    static func block(for contact: Contact) -> String {
        var block = "[people.\(ConfigEdit.quoted(contact.name))]\n"
        switch contact.way {
        case .command(let arguments, let stdin):
            block += "send = [" + arguments.map(ConfigEdit.quoted).joined(separator: ", ") + "]\n"
            if stdin { block += "stdin = true\n" }
        case .email(let address):
            block += "email = \(ConfigEdit.quoted(address))\n"
        case .share(let folder):
            block += "share = \(ConfigEdit.quoted(folder.written))\n"
            if let key = folder.ageRecipient { block += "age_recipient = \(ConfigEdit.quoted(key))\n" }
        }
        return block
    }

    private static func appending(_ block: String, to bytes: [UInt8]) -> String {
        var prefix = ""
        if let last = bytes.last, last != UInt8(ascii: "\n") { prefix = "\n" }
        if !bytes.isEmpty { prefix += "\n" }
        return splice(bytes, bytes.count..<bytes.count, prefix + block)
    }

    private static func removing(_ section: ConfigLayout.Section, from layout: ConfigLayout) -> String {
        guard let header = section.header else { return String(decoding: layout.bytes, as: UTF8.self) }
        var start = header.line.lowerBound
        var end = section.contentEnd
        // Leave one blank line where there were two, and none at the end of the file.
        let blankBefore = start == 0 || layout.isBlankLine(at: layout.lineStart(before: start - 1))
        if blankBefore, layout.isBlankLine(at: end) { end = layout.endOfLine(from: end) }
        if end >= layout.bytes.count, start > 0, layout.isBlankLine(at: layout.lineStart(before: start - 1)) {
            start = layout.lineStart(before: start - 1)
        }
        return splice(layout.bytes, start..<end, "")
    }

    private static func splice(_ bytes: [UInt8], _ range: Range<Int>, _ text: String) -> String {
        var result = bytes
        result.replaceSubrange(range, with: Array(text.utf8))
        return String(decoding: result, as: UTF8.self)
    }
}
