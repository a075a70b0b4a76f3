import Foundation
import TendCore

/// Daylio's CSV export: `full_date, date, weekday, time, mood, activities,
/// note_title, note`. Daylio's five moods map onto Tend's scale: rad 5, good
/// 4, meh 3, bad 2, awful 1; a mood renamed in Daylio keeps its name among
/// the tags, with no number. Activities (`work | friends`) become tags.
/// Pure, so it can be fuzzed.
public enum DaylioExport {
    /// Daylio's own mood names, on Tend's 1–5 scale.
    public static let moods: [String: Int] = ["rad": 5, "good": 4, "meh": 3, "bad": 2, "awful": 1]

    public static func parse(_ csv: CSVRecords, timeZone: Zone) -> ForeignParse {
        let table: CSVTable
        do throws(ForeignFailure) { table = try CSVTable(csv) } catch { return ForeignParse(failure: error.reason) }
        guard let dateColumn = table.column("full_date"), let moodColumn = table.column("mood") else {
            return ForeignParse(failure: "it is not a Daylio export: its first row has no full_date and mood columns")
        }
        let timeColumn = table.column("time"), activities = table.column("activities")
        let titleColumn = table.column("note_title"), noteColumn = table.column("note")
        var result = ForeignParse()
        for (number, cells) in table.rows {
            let place = ImportSummary.Rejection.Place.row(number)
            let dateText = CSVTable.cell(cells, dateColumn), timeText = CSVTable.cell(cells, timeColumn)
            guard let day = LocalDay(parsing: dateText.trimmed()) else {
                result.rejected.append(.init(place: place, reason: "its full_date is not like 2026-11-23"))
                continue
            }
            guard let seconds = timeText.isEmpty ? 0 : ForeignTime.secondsSinceMidnight(timeText) else {
                result.rejected.append(.init(place: place, reason: "its time is not like 21:30 or 9:30 PM"))
                continue
            }
            let moodName = CSVTable.cell(cells, moodColumn).trimmed()
            let mood = moods[moodName.lowercased()]
            var tags = CSVTable.cell(cells, activities).split(separator: "|").map { $0.trimmed() }
                .filter { !$0.isEmpty }
            if mood == nil, !moodName.isEmpty { tags.insert(moodName, at: 0) }
            let title = lineBreaks(CSVTable.cell(cells, titleColumn)).trimmedIncludingNewlines()
            let note = lineBreaks(CSVTable.cell(cells, noteColumn)).trimmedIncludingNewlines()
            guard !note.isEmpty || !title.isEmpty || mood != nil || !tags.isEmpty else {
                result.rejected.append(.init(place: place, reason: "it has no mood, activities or note"))
                continue
            }
            result.entries.append(ForeignEntry(
                place: place, time: ForeignTime.local(day: day, seconds: seconds, in: timeZone),
                title: title.isEmpty ? nil : title, text: note, tags: tags, mood: mood,
                identity: cells.joined(separator: "\u{1F}")))
        }
        return result
    }

    /// Daylio writes line breaks in notes as `<br>`.
    static func lineBreaks(_ text: String) -> String {
        guard text.includes("<") else { return text }
        return text.replacingText("<br>", with: "\n").replacingText("<br/>", with: "\n")
            .replacingText("<br />", with: "\n")
    }
}
