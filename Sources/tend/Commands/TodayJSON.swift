import Foundation
import TendCore

/// `tend today --json`: one object on one line. `text`, `tooltip` and
/// `class` are what waybar's custom modules read; the rest is for scripts.
/// Every key is always there (`null` when there is nothing), so the shape
/// never changes under a script.
enum TodayJSON {
    static func object(_ status: TodayStatus, next: (prompt: ScheduledPrompt, at: Date)?, now: Date, zone: Zone,
                       practices: PracticeLibrary) -> JSONObject {
        var object = JSONObject()
        object["text"] = .string(status.line)
        object["tooltip"] = .string(tooltip(status, next: next, zone: zone, practices: practices))
        object["class"] = .string(status.statusClass)
        object["day"] = .string(status.day.description)
        object["now"] = .string(LocalTime(now, in: zone).iso8601)
        object["rituals"] = .object(JSONObject([
            .init("morning", prompt(status.morning)),
            .init("pause", .object(JSONObject([.init("done", .int(status.pauses)), .init("planned", .int(status.pausesPlanned))]))),
            .init("bedtime", prompt(status.bedtime)),
        ]))
        if let next {
            object["next"] = .object(JSONObject([
                .init("prompt", .string(next.prompt.id.rawValue)),
                .init("title", .string(title(of: next.prompt))),
                .init("at", .string(LocalTime(next.at, in: zone).iso8601)),
            ]))
        } else {
            object["next"] = .null
        }
        if let focus = status.focus {
            object["focus"] = .object(JSONObject([
                .init("intention", focus.intention.map { .string($0.rawValue) } ?? .null),
                .init("practice", .string(focus.practice)),
                .init("practiceName", .string(RecordSummary.practiceName(focus.practice, in: practices))),
                .init("person", focus.person.map(FieldValue.string) ?? .null),
                .init("mood", focus.mood.map(FieldValue.int) ?? .null),
                .init("weekDay", focus.weekDay.map(FieldValue.int) ?? .null),
            ]))
        } else {
            object["focus"] = .null
        }
        let week = status.balance
        object["balance"] = .object(JSONObject([
            .init("week", .string(week.monday.description)),
            .init("good", .int(week.good)), .init("hard", .int(week.hard)), .init("repairs", .int(week.repairs)),
        ]))
        return object
    }

    private static func prompt(_ prompt: TodayStatus.Prompt) -> FieldValue {
        .object(JSONObject([
            .init("done", .bool(prompt.state == .done)),
            .init("state", .string(prompt.state.rawValue)),
            .init("time", .string(prompt.time.description)),
        ]))
    }

    private static func title(of prompt: ScheduledPrompt) -> String {
        prompt.label.map { "\(prompt.kind.title): \($0)" } ?? prompt.kind.title
    }

    /// A few plain lines for a hover: the rituals, the focus, what comes next.
    private static func tooltip(_ status: TodayStatus, next: (prompt: ScheduledPrompt, at: Date)?, zone: Zone,
                                practices: PracticeLibrary) -> String {
        var lines: [String] = []
        if let focus = status.focus {
            let name = RecordSummary.practiceName(focus.practice, in: practices)
            let intention = focus.intention.map { "\($0.rawValue) · " } ?? ""
            let week = focus.weekDay.map { " (day \($0) of \(Focus.length) of your focus)" } ?? ""
            lines.append("Today: \(intention)\(name)" + (focus.person.map { " for \($0)" } ?? "") + week)
        }
        if let next {
            let clock = String(WallClockReading(next.at, in: zone).description.suffix(8).prefix(5))
            lines.append("Next: \(title(of: next.prompt)) at \(clock)")
        }
        let week = status.balance
        lines.append("This week: \(week.good) good, \(week.hard) hard")
        return lines.map(SafeText.line).joined(separator: "\n")
    }
}
