import TendCore
import TendJournalFormat
import TendStorage

/// One journal line, read every way Tend reads one: both parsers agree, a
/// record reads back the same from the line Tend writes for it and from
/// the cache's binary form, the id found without parsing is the real one,
/// and the raw-line search never passes over a line that matches.
public enum JournalLineCheck {
    public static let check = FuzzCheck(name: "journal-line") { input in
        let fast = try? Record(line: input)
        let slow = (try? JSONLineParser.parseObject(input)).flatMap { try? Record(json: $0) }
        guard fast == slow else { return "the flat reader and the JSON parser disagree" }
        guard let record = fast else { return nil }
        let line = record.jsonLine
        guard let again = try? Record(line: line), again == record, again.jsonLine == line else {
            return "the record does not read back from its own line"
        }
        guard let archive = RecordCodec.encode([record]) else { return "the record cannot be cached" }
        var decoded: [Record] = []
        let whole = archive.withUnsafeBytes { RecordCodec.decode($0) { decoded.append($0); return true } }
        guard whole, decoded == [record] else { return "the record does not read back from the cache" }
        let id = input.withUnsafeBufferPointer { LineScanner.soleID(in: $0).map { String(decoding: $0, as: UTF8.self) } }
        if let id, id != record.id.rawValue { return "the id found without parsing is not the record's" }
        for query in queries(for: record) {
            var matcher = RecordMatcher(query)
            let matches = matcher.matches(record)
            if matches, !input.withUnsafeBufferPointer({ matcher.mightMatch(line: $0) }) {
                return "the raw-line search passes over a matching line (\(query))"
            }
        }
        return nil
    }

    /// Queries the record matches, or nearly: its kind, its person, bits of its words.
    static func queries(for record: Record) -> [RecordQuery] {
        var queries = [RecordQuery(kinds: [record.kind])]
        for word in [record.payload.person].compactMap({ $0 }) + record.payload.texts {
            queries.append(RecordQuery(search: word))
            queries.append(RecordQuery(search: String(word.prefix(3))))
            queries.append(RecordQuery(search: String(word.suffix(2)).uppercased()))
        }
        if let person = record.payload.person { queries.append(RecordQuery(kinds: [record.kind], person: person.lowercased())) }
        return queries
    }
}
