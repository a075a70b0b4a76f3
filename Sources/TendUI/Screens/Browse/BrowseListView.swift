import Foundation
import TendCore

/// Draws the list: a status line (what is shown, the search), then only the
/// rows that fit: day headings and one line per entry, appreciations first-
/// class and the rest quieter, search matches highlighted.
enum BrowseListView {
    /// Rows of the body that are not list rows: the status line, and the
    /// last row, left free for notes.
    static let chromeRows = 2

    static let match = Style(.highlight, bold: true)
    static let matchInSelection = Style(.highlight, bold: true, underlined: true)

    /// Draws the list rows from `area.y + 1`.
    static func renderRows(list: BrowseList, index: BrowseIndex, needle: [UInt8], into canvas: inout Canvas,
                           area: Rect, context: ScreenContext) {
        let x = area.x + 2, width = area.width - 4
        let height = area.height - chromeRows
        guard height > 0 else { return }
        if list.isEmpty { return }
        let selectedRow = list.row(ofEntry: list.selected)
        let top = Viewport.top(stored: list.top, selected: selectedRow, count: list.rows.count, height: height)
        let showsTime = width >= 56
        let labelWidth = width >= 56 ? 12 : 8
        let labelX = x + 2 + (showsTime ? 7 : 0)
        let textX = labelX + labelWidth + 1
        let textWidth = x + width - textX
        let today = context.today
        for (offset, row) in list.rows[top..<min(list.rows.count, top + height)].enumerated() {
            let y = area.y + 1 + offset
            switch row {
            case .heading(let day):
                let heading = EntryText.heading(day: LocalDay(daysSinceEpoch: Int(day)), today: today,
                                                calendar: context.calendar)
                canvas.write(heading, x: x, y: y, style: Style(bold: true), truncatingTo: width)
            case .entry(let entryOffset):
                let position = Int(list.positions[entryOffset])
                let record = index.records[position]
                let isSelected = entryOffset == list.selected
                let isAppreciation = EntryText.isAppreciation(record)
                if isSelected { canvas.fill(Rect(x: x, y: y, width: width, height: 1), style: .selected) }
                let quiet: Style = isSelected ? .selected : .muted
                let labelStyle = isSelected ? Style(.highlight, bold: true, reversed: true)
                    : isAppreciation ? Style(.accent) : .muted
                let textStyle = isSelected ? Style.selected : isAppreciation ? .plain : .muted
                let matchStyle = isSelected ? matchInSelection : match
                canvas.write(isSelected ? "›" : " ", x: x, y: y, style: isSelected ? .selected : .key)
                if showsTime {
                    let local = record.time.local
                    canvas.write(local.hourMinute, x: x + 2, y: y, style: quiet)
                }
                SearchHighlight.write(EntryText.label(of: record), needle: isAppreciation ? needle : [],
                                      into: &canvas, x: labelX, y: y, width: labelWidth, style: labelStyle,
                                      match: matchStyle)
                // A sent appreciation carries ✉ at the end of its row.
                let isSent = isAppreciation && !EntryText.isUnsent(record) && textWidth > 4
                SearchHighlight.write(EntryText.line(of: record, practices: context.data.practices), needle: needle,
                                      into: &canvas, x: textX, y: y, width: isSent ? textWidth - 2 : textWidth,
                                      style: textStyle, match: matchStyle)
                if isSent { canvas.write("✉", x: x + width - 1, y: y, style: quiet) }
            }
        }
        if list.rows.count > height {
            // A quiet scroll mark in the right margin.
            let mark = area.y + 1 + (height - 1) * top / max(1, list.rows.count - height)
            canvas.write("▐", x: x + width + 1, y: mark, style: .muted)
        }
    }

    /// What the list shows, for the status line: "All entries · 1,234".
    static func scopeText(filter: BrowseFilter, list: BrowseList, index: BrowseIndex, calendar: Calendar) -> String {
        let n = list.positions.count
        let entries = filter.unsentOnly ? "\(EntryText.grouped(n)) not sent yet"
            : filter.appreciationsOnly ? EntryText.count(n, "appreciation", "appreciations")
            : EntryText.count(n, "entry", "entries")
        switch filter.scope {
        case .everyone where filter.unsentOnly:
            return "Not sent yet · \(EntryText.grouped(n))"
        case .everyone:
            return filter.appreciationsOnly ? "Appreciations · \(EntryText.grouped(n))" : "All entries · \(EntryText.grouped(n))"
        case .person(let id):
            let name = index.people.indices.contains(Int(id)) ? index.people[Int(id)].name : "Someone"
            return "\(name) · \(entries)"
        case .onThisDay(let today):
            return "On the \(EntryText.ordinal(today.day)), earlier months · \(EntryText.grouped(n))"
        }
    }

    /// What an empty list says, by filter.
    static func emptyText(filter: BrowseFilter) -> String {
        switch filter.scope {
        case .onThisDay(let today):
            return "Nothing yet on the \(EntryText.ordinal(today.day)) of an earlier month. Come back next month."
        case .person, .everyone:
            if filter.unsentOnly { return "Every appreciation here has been sent. u shows them all again." }
            return filter.appreciationsOnly ? "No appreciations here. a shows everything." : "Nothing here."
        }
    }

    /// The friendly screen of an empty journal.
    static func renderEmpty(into canvas: inout Canvas, area: Rect) {
        let x = area.x + 2, width = area.width - 4
        var y = area.y + (area.height > 10 ? 1 : 0)
        canvas.write("Nothing here yet.", x: x, y: y, style: Style(.warm, bold: true), truncatingTo: width)
        y += 2
        let paragraphs: [(String, Style)] = [
            ("Your appreciations will gather here, by day and by person.", .plain),
            ("Press t to write the first one: one specific sentence about someone.", .plain),
            ("From the shell: tend thanks --to Sam \"You saved me a seat.\"", .muted),
        ]
        for (paragraph, style) in paragraphs {
            for line in paragraph.wrapped(toWidth: width) where y < area.maxY - 1 {
                canvas.write(line, x: x, y: y, style: style)
                y += 1
            }
            y += 1
        }
    }
}
