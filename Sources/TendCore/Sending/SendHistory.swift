/// What the journal says about sending so far.
public enum SendHistory {
    /// True when some appreciation about `person` (ignoring case and
    /// accents) was already sent, so the invitation has been made.
    public static func hasSent(to person: String, in records: [Record]) -> Bool {
        let key = PersonName.key(person)
        return records.contains { record in
            guard case .appreciation(let a) = record.payload, a.sent != nil else { return false }
            return PersonName.key(a.person) == key
        }
    }

    /// Appreciations not sent yet, oldest first, written on `since` or later.
    public static func unsent(in records: [Record], since: LocalDay? = nil) -> [Record] {
        records.filter { record in
            guard case .appreciation(let a) = record.payload, a.sent == nil else { return false }
            return since.map { record.localDay >= $0 } ?? true
        }
    }

    /// Appreciations about `person` (ignoring case and accents), oldest first.
    public static func appreciations(about person: String, in records: [Record]) -> [Record] {
        let key = PersonName.key(person)
        return records.filter { record in
            guard case .appreciation(let a) = record.payload else { return false }
            return PersonName.key(a.person) == key
        }
    }
}
