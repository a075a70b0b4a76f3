import Foundation
import TendCore

/// Day One's JSON export (the `Journal.json` inside its export zip):
/// `entries`, each with `uuid`, `creationDate` (UTC, `2026-11-23T20:30:05Z`),
/// `timeZone` (`Europe/Berlin`), `text` (Markdown, with Day One's
/// backslash escapes), `tags` and `starred`. The uuid makes the Tend id, so
/// the same entry is never added twice. Pure, so it can be fuzzed.
public enum DayOneExport {
    public static func parse(_ bytes: [UInt8], timeZone: Zone) -> ForeignParse {
        ForeignJSON.parse(bytes, what: "a Day One export") { (object, place) throws(ForeignFailure) in
            let text = unescaped(ForeignJSON.string(object, "text") ?? "")
            guard !text.trimmedIncludingNewlines().isEmpty else {
                throw ForeignFailure("it has no text")
            }
            guard let created = ForeignJSON.string(object, "creationDate").flatMap({ LocalTime(iso8601: $0) }) else {
                throw ForeignFailure("its \"creationDate\" is missing or not like 2026-11-23T20:30:05Z")
            }
            let zone = ForeignJSON.string(object, "timeZone").flatMap { Zone(identifier: $0) } ?? timeZone
            let uuid = ForeignJSON.string(object, "uuid") ?? ""
            return ForeignEntry(
                place: place, time: ForeignTime.localTime(created.date, in: zone), text: text, tags: ForeignJSON.strings(object, "tags"),
                starred: object["starred"]?.boolValue ?? false,
                identity: uuid.isEmpty ? "\(created.iso8601)\n\(text)" : uuid)
        }
    }

    /// Day One writes Markdown with punctuation escaped (`Done\.`, `\- item`):
    /// the backslash before ASCII punctuation goes, everything else stays.
    static func unescaped(_ text: String) -> String {
        guard text.includes("\\") else { return text }
        var out = ""
        var iterator = text.makeIterator()
        while let character = iterator.next() {
            guard character == "\\" else { out.append(character); continue }
            guard let next = iterator.next() else { out.append(character); break }
            if next.isASCII, next.isPunctuation || next.isSymbol { out.append(next) } else { out.append(character); out.append(next) }
        }
        return out
    }
}
