import Foundation
import TendCore

/// One entry in full: who or what, when, and every word, wrapped to the
/// window, with search matches highlighted. Long text scrolls.
enum EntryDetailView {
    /// The body text as lines of at most `width` columns; only the first
    /// `limit`, so showing the top of a megabyte entry wraps no more than that.
    static func lines(of record: Record, width: Int, practices: PracticeLibrary, limit: Int = .max) -> [String] {
        var paragraphs: [String] = []
        switch record.payload {
        case .appreciation(let a):
            paragraphs = [a.text]
        case .checkIn(let c):
            let practice = practices.practice(withID: c.practice)?.name ?? c.practice
            paragraphs = ["Mood \(c.mood) of 5, intention: \(c.intention.rawValue).", "Practice: \(practice)."]
            if let person = c.person { paragraphs.append("For \(person).") }
            if let done = c.practiceDone { paragraphs.append(done ? "It happened." : "It did not happen that day.") }
            if let note = c.note, !note.isEmpty { paragraphs += ["", note] }
        case .pause(let p):
            let seconds = p.actualSeconds == p.actualSeconds.rounded() ? "\(Int(p.actualSeconds))" : "\(p.actualSeconds)"
            paragraphs = ["Intention: \(p.intention.rawValue).",
                          "\(seconds) of \(p.plannedSeconds) seconds, \(p.outcome == .completed ? "all the way" : "stopped early")."]
        case .repair, .tally, .promptFired, .edit, .delete:
            paragraphs = [EntryText.line(of: record)]
        }
        var lines: [String] = []
        for paragraph in paragraphs where lines.count < limit {
            lines += paragraph.isEmpty ? [""] : SafeText.line(paragraph).wrapped(toWidth: width, limit: limit - lines.count)
        }
        return lines
    }

    /// Rows above the text: the title, the date, a gap.
    static let headerRows = 3

    /// Draws `record` in `area`, its text starting `scroll` lines down.
    static func render(_ record: Record, day: LocalDay, into canvas: inout Canvas, area: Rect, context: ScreenContext,
                       scroll: Int, needle: [UInt8], place: String) {
        let x = area.x + 2, width = area.width - 4
        let isAppreciation = EntryText.isAppreciation(record)
        let title = isAppreciation ? EntryText.label(of: record) : EntryText.label(of: record).capitalizedFirst
        let titleStyle = isAppreciation ? Style(.accent, bold: true) : Style(bold: true)
        let placeWidth = place.displayWidth
        let used = SearchHighlight.write(title, needle: isAppreciation ? needle : [], into: &canvas, x: x, y: area.y,
                                         width: width - placeWidth - 2, style: titleStyle,
                                         match: Style(.highlight, bold: true))
        if used + placeWidth + 2 <= width { canvas.write(place, x: x + width - placeWidth, y: area.y, style: .muted) }
        let local = record.time.local
        let time = local.hourMinute
        let when = "\(EntryText.heading(day: day, today: context.today, calendar: context.calendar)), \(time)"
        canvas.write(when, x: x, y: area.y + 1, style: .muted, truncatingTo: width)
        let top = area.y + headerRows
        let rows = max(0, area.maxY - 1 - top)
        // One line past the window is enough to know there is more.
        let lines = lines(of: record, width: width, practices: context.data.practices, limit: max(0, scroll) + rows + 1)
        // When the text is longer than the room, the last row says so.
        let height = lines.count > rows ? max(0, rows - 1) : rows
        let start = max(0, min(scroll, lines.count - height))
        for (offset, line) in lines.dropFirst(start).prefix(height).enumerated() {
            SearchHighlight.write(line, needle: needle, into: &canvas, x: x, y: top + offset, width: width,
                                  style: isAppreciation ? .plain : .muted, match: Style(.highlight, bold: true))
        }
        if lines.count > rows, rows > 0 {
            let more = start + height < lines.count ? "PgDn for more ↓" : "PgUp to go back ↑"
            canvas.write(more, x: x, y: top + height, style: .muted, truncatingTo: width)
        }
    }
}

extension String {
    /// The text with its first letter in capitals: "check-in" → "Check-in".
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
