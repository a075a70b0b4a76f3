import Foundation
import TendCore

/// jrnl's JSON export (`jrnl --format json --file x.json`): `entries`, each
/// with `title` (its first line), `body`, `date` (`2026-11-23`), `time`
/// (`21:30`, local), `tags` (`@ana`, `#family`) and `starred`. Title and
/// body become one text again, with the line break between them that jrnl
/// keeps in its own file. Pure, so it can be fuzzed.
public enum JrnlExport {
    public static func parse(_ bytes: [UInt8], timeZone: Zone) -> ForeignParse {
        ForeignJSON.parse(bytes, what: "a jrnl export") { (object, place) throws(ForeignFailure) in
            let title = ForeignJSON.string(object, "title") ?? "", body = ForeignJSON.string(object, "body") ?? ""
            let text = [title, body].filter { !$0.isEmpty }.joined(separator: "\n")
            guard !text.trimmedIncludingNewlines().isEmpty else {
                throw ForeignFailure("it has no words (title and body are empty)")
            }
            guard let dateText = ForeignJSON.string(object, "date"), let day = LocalDay(parsing: dateText) else {
                throw ForeignFailure("its \"date\" is missing or not like 2026-11-23")
            }
            let timeText = ForeignJSON.string(object, "time") ?? "00:00"
            guard let seconds = ForeignTime.secondsSinceMidnight(timeText) else {
                throw ForeignFailure("its \"time\" is not like 21:30")
            }
            let time = ForeignTime.local(day: day, seconds: seconds, in: timeZone)
            return ForeignEntry(
                place: place, time: time, text: text, tags: inTextOrder(ForeignJSON.strings(object, "tags"), text),
                starred: object["starred"]?.boolValue ?? false, identity: "\(dateText) \(timeText)\n\(text)")
        }
    }

    /// jrnl lists an entry's tags in no fixed order (a Python set): put them
    /// in the order the text uses them, so two exports of one journal give
    /// the very same records.
    static func inTextOrder(_ tags: [String], _ text: String) -> [String] {
        let lowered = text.lowercased()
        func place(_ tag: String) -> Int {
            lowered.textRange(of: tag.lowercased()).map { lowered.distance(from: lowered.startIndex, to: $0.lowerBound) } ?? .max
        }
        return tags.sorted { (place($0), $0) < (place($1), $1) }
    }
}
