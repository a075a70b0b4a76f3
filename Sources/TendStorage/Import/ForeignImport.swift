import TendCore
import TendJournalFormat

/// Turns entries from another journal into Tend records. An entry that is
/// addressed to someone ("To Ana: …", "to José, …") or tagged with the name
/// of a person you already write about (`@ana` when Ana is known) becomes an
/// appreciation to that person; every other entry becomes a `note`. Ids come
/// from the entry itself, so importing the same file twice adds nothing.
public enum ForeignImport {
    /// How an entry was kept.
    public enum Outcome: Hashable, Sendable {
        case note
        case appreciation(person: String)
    }

    /// The records for `parse`'s entries, in the order read, and the
    /// entries refused on the way (too large to store).
    public static func records(
        from parse: ForeignParse, source: ImportSource, knownPeople: [String], appreciations: Bool = true,
        maxRecordBytes: Int = Journal.maxRecordBytes
    ) -> (records: [Record], rejected: [ImportSummary.Rejection]) {
        var records: [Record] = []
        var rejected = parse.rejected
        for entry in parse.entries {
            let outcome = appreciations ? Self.outcome(of: entry, knownPeople: knownPeople) : .note
            let record = Self.record(entry, source: source, outcome: outcome)
            let size = record.jsonLine.count + 1
            guard size <= maxRecordBytes else {
                rejected.append(.init(place: entry.place, reason: "\(RecordError.tooLarge(bytes: size, limit: maxRecordBytes))"))
                continue
            }
            records.append(record)
        }
        return (records, rejected)
    }

    /// The record for one entry.
    public static func record(_ entry: ForeignEntry, source: ImportSource, outcome: Outcome) -> Record {
        let payload: Payload
        switch outcome {
        case .appreciation(let person):
            payload = .appreciation(Appreciation(person: person, text: fullText(entry)))
        case .note:
            let tags = entry.tags.joined(separator: ", ")
            payload = .note(Note(text: entry.text.isEmpty ? (entry.title ?? "") : entry.text,
                                 title: entry.text.isEmpty ? nil : entry.title, mood: entry.mood,
                                 tags: tags.isEmpty ? nil : tags, source: source.rawValue,
                                 starred: entry.starred ? true : nil))
        }
        return Record(id: id(for: entry, source: source), time: entry.time, payload: payload)
    }

    /// `jrnl-20261123-213005-5f0c3a9e81d2b7c4`, or `dayone-` and its uuid.
    public static func id(for entry: ForeignEntry, source: ImportSource) -> RecordID {
        let allowed = entry.identity.unicodeScalars.allSatisfy { $0.isASCII && (isAlphanumeric($0) || $0 == "-") }
        if source == .dayone, allowed, !entry.identity.isEmpty, entry.identity.count <= 40,
           let id = RecordID("dayone-" + entry.identity) {
            return id
        }
        let l = entry.time.local
        func pad(_ value: Int, _ width: Int = 2) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        let hash = String(StableHash.of(entry.identity, seed: 25), radix: 16)
        let stamp = "\(pad(l.year, 4))\(pad(l.month))\(pad(l.day))-\(pad(l.hour))\(pad(l.minute))\(pad(l.second))"
        // A hand-made id is 1–64 of the allowed characters, so this always reads.
        return RecordID("\(source.rawValue)-\(stamp)-\(String(repeating: "0", count: 16 - hash.count))\(hash)")!
    }

    /// Whom an entry is addressed to, if anyone.
    public static func outcome(of entry: ForeignEntry, knownPeople: [String]) -> Outcome {
        if let person = addressee(of: entry.title ?? entry.text) { return .appreciation(person: person) }
        for tag in entry.tags {
            let name = tag.hasPrefix("@") || tag.hasPrefix("#") ? String(tag.dropFirst()) : tag
            guard !name.isEmpty, let known = knownPeople.first(where: { PersonName.matches($0, name) }) else { continue }
            return .appreciation(person: known.trimmed())
        }
        return .note
    }

    /// The name in "To Ana: …", "to Aunt May, …" or "To José — …": one to three
    /// words that each start with a capital, before a colon, comma or dash.
    public static func addressee(of text: String) -> String? {
        let trimmed = text.drop { $0 == " " || $0 == "\t" }
        guard trimmed.count > 3, trimmed.prefix(3).lowercased() == "to " else { return nil }
        let rest = trimmed.dropFirst(3)
        guard let end = rest.firstIndex(where: { ":,—–".contains($0) || $0 == "\n" }), rest[end] != "\n" else { return nil }
        var name = String(rest[..<end])
        if name.hasSuffix(" -") { name.removeLast(2) }
        name = name.trimmed()
        let words = name.split(separator: " ")
        guard (1...3).contains(words.count), name.count <= 40,
              words.allSatisfy({ word in
                  guard let first = word.first, first.isLetter, first.isUppercase || !first.isCased else { return false }
                  return word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" || $0 == "." }
              }) else { return nil }
        return name
    }

    /// Title and body as one text: jrnl splits its first sentence off as the title.
    static func fullText(_ entry: ForeignEntry) -> String {
        guard let title = entry.title, !title.isEmpty else { return entry.text }
        guard !entry.text.isEmpty else { return title }
        return title + "\n" + entry.text
    }

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}

private extension Character {
    var isCased: Bool { isUppercase || isLowercase }
}
