import Foundation
import TendCore

/// jrnl's JSON export (`jrnl --format json --file x.json`): `entries`, each
/// with `title` (its first line), `body`, `date` (`2026-11-23`), `time`
/// (`21:30`, local), `tags` (`@ana`, `#family`) and `starred`. Title and
/// body become one text again, with the line break between them that jrnl
/// keeps in its own file. Pure, so it can be fuzzed.
public enum JrnlExport {
    public static func parse(_ bytes: [UInt8], timeZone: TimeZone) -> ForeignParse {
        let entries: [JSONObject?]
        switch ForeignJSON.entries(bytes, what: "a jrnl export") {
        case .failure(let failure): return ForeignParse(failure: failure.reason)
        case .success(let found): entries = found
        }
        var result = ForeignParse()
        for (offset, object) in entries.enumerated() {
            let place = ImportSummary.Rejection.Place.entry(offset + 1, line: nil)
            guard let object else {
                result.rejected.append(.init(place: place, reason: "it is not an object"))
                continue
            }
            let title = ForeignJSON.string(object, "title") ?? "", body = ForeignJSON.string(object, "body") ?? ""
            let text = [title, body].filter { !$0.isEmpty }.joined(separator: "\n")
            guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                result.rejected.append(.init(place: place, reason: "it has no words (title and body are empty)"))
                continue
            }
            guard let dateText = ForeignJSON.string(object, "date"), let day = LocalDay(parsing: dateText) else {
                result.rejected.append(.init(place: place, reason: "its \"date\" is missing or not like 2026-11-23"))
                continue
            }
            let timeText = ForeignJSON.string(object, "time") ?? "00:00"
            guard let seconds = ForeignTime.secondsSinceMidnight(timeText) else {
                result.rejected.append(.init(place: place, reason: "its \"time\" is not like 21:30"))
                continue
            }
            let time = ForeignTime.local(day: day, seconds: seconds, in: timeZone)
            result.entries.append(ForeignEntry(
                place: place, time: time, text: text, tags: inTextOrder(ForeignJSON.strings(object, "tags"), text),
                starred: object["starred"]?.boolValue ?? false, identity: "\(dateText) \(timeText)\n\(text)"))
        }
        return result
    }

    /// jrnl lists an entry's tags in no fixed order (a Python set): put them
    /// in the order the text uses them, so two exports of one journal give
    /// the very same records.
    static func inTextOrder(_ tags: [String], _ text: String) -> [String] {
        let lowered = text.lowercased()
        func place(_ tag: String) -> Int {
            lowered.range(of: tag.lowercased()).map { lowered.distance(from: lowered.startIndex, to: $0.lowerBound) } ?? .max
        }
        return tags.sorted { (place($0), $0) < (place($1), $1) }
    }
}
