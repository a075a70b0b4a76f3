import Foundation
import TendCore
import TendJournalFormat

/// What `tend meeting` prints: the day's meetings as lines, or as one JSON
/// document with sorted keys (missing values are `null`, never left out, so
/// scripts can rely on the shape).
enum MeetingReport {
    static func text(_ day: MeetingDay, today: LocalDay) -> String {
        let when = day.day == today ? "Today" : day.day.description
        guard !day.isEmpty else {
            return "\(when): no meetings. `tend schedule add-meeting 10:00 \"stand-up\" --days mon-fri` adds one; "
                + "`tend meeting open` works any time."
        }
        var lines = ["\(when)'s meetings:"]
        let times = day.meetings.map { entry -> String in
            guard let scheduled = entry.scheduled else { return "" }
            return scheduled.close.map { "\(scheduled.time)–\($0)" } ?? scheduled.time.description
        }
        let names = day.meetings.map { SafeText.line($0.label ?? "a meeting") }
        let timeWidth = times.map(\.displayWidth).max() ?? 0, nameWidth = min(30, names.map(\.displayWidth).max() ?? 0)
        for (index, entry) in day.meetings.enumerated() {
            lines.append("  " + times[index].padded(toWidth: timeWidth) + "  " + names[index].padded(toWidth: nameWidth)
                         + "  " + status(of: entry))
            if let round = entry.latestRound, !round.answers.isEmpty {
                let notes = round.answers.map { "\($0.field): \(SafeText.line($0.text))" }.joined(separator: " · ")
                lines.append("  " + String(repeating: " ", count: timeWidth) + "  " + notes)
            }
        }
        lines.append("`tend meeting open --label NAME` opens one; `tend meeting close --label NAME` ends it with the round.")
        return lines.joined(separator: "\n")
    }

    /// "opened with a breath · closed with the round", "not opened yet".
    private static func status(of entry: MeetingDay.Entry) -> String {
        var parts: [String] = []
        if !entry.breaths.isEmpty { parts.append("opened with a breath") }
        let thanked = entry.thanks.compactMap { record -> String? in
            if case .appreciation(let a) = record.payload { return SafeText.line(a.person) }
            return nil
        }
        if !thanked.isEmpty { parts.append("a thank-you to " + thanked.joined(separator: ", ")) }
        if parts.isEmpty { parts.append("not opened yet") }
        if entry.isClosed { parts.append("closed with the round") }
        return parts.joined(separator: " · ")
    }

    static func json(_ day: MeetingDay) throws -> String {
        PrettyJSON.text(object(day))
    }

    static func object(_ day: MeetingDay) -> [String: Any] {
        ["day": day.day.description, "meetings": day.meetings.map(entry)]
    }

    private static func entry(_ entry: MeetingDay.Entry) -> [String: Any] {
        let round: Any = entry.latestRound.map { m -> [String: Any] in
            ["useful": m.useful ?? JSONNull(), "confusing": m.confusing ?? JSONNull(), "energising": m.energising ?? JSONNull()]
        } ?? JSONNull()
        let thanks = entry.thanks.compactMap { record -> [String: Any]? in
            guard case .appreciation(let a) = record.payload else { return nil }
            return ["id": record.id.rawValue, "person": a.person, "text": a.text]
        }
        return [
            "label": entry.label ?? JSONNull(),
            "scheduled": entry.scheduled != nil,
            "number": entry.scheduled?.number ?? JSONNull(),
            "time": entry.scheduled?.time.description ?? JSONNull(),
            "close": entry.scheduled?.close?.description ?? JSONNull(),
            "days": entry.scheduled?.days.description ?? JSONNull(),
            "opened": entry.isOpened,
            "breaths": entry.breaths.count,
            "thanks": thanks,
            "closed": entry.isClosed,
            "round": round,
            "records": entry.records.map(\.id.rawValue),
        ]
    }
}
