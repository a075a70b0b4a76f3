/// Everyone people.toml says how to reach, in the file's order. One entry
/// per person: names that differ only in case or accents are one person.
public struct PeopleBook: Hashable, Sendable {
    public private(set) var contacts: [Contact] = []

    public init(_ contacts: [Contact] = []) {
        for contact in contacts { add(contact) }
    }

    /// The way to reach `name`, ignoring case and accents.
    public func contact(for name: String) -> Contact? {
        contacts.first { $0.isNamed(name) }
    }

    /// Adds `contact`; returns the entry already there under the same name
    /// instead (and adds nothing), if there is one.
    @discardableResult
    public mutating func add(_ contact: Contact) -> Contact? {
        if let existing = self.contact(for: contact.name) { return existing }
        contacts.append(contact)
        return nil
    }

    public var isEmpty: Bool { contacts.isEmpty }
}
