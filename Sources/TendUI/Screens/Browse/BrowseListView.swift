import Foundation
import TendCore

/// Draws the list: a status line (what is shown, the search), then only the
/// rows that fit: day headings and one line per entry, appreciations first-
/// class and the rest quieter, search matches highlighted.
enum BrowseListView {
    static let match = Style(.highlight, bold: true)
    static let matchInSelection = Style(.highlight, bold: true, underlined: true)

    /// Draws the list rows that fit in `area`, and the scroll mark beside it.
    static func renderRows(list: BrowseList, index: BrowseIndex, needle: [UInt8], into canvas: inout Canvas,
                           area: Rect, context: ScreenContext) {
        guard area.height > 0, !list.isEmpty else { return }
        let window = list.state.window(count: list.rows.count, height: area.height)
        let showsTime = area.width >= 56
        // The marker, the time, the label, a gap, the text.
        let lengths: [Length] = [.fixed(2), .fixed(showsTime ? 7 : 0), .fixed(showsTime ? 12 : 8), .fixed(1), .fill]
        for (offset, rowIndex) in window.enumerated() {
            let row = Rect(x: area.x, y: area.y + offset, width: area.width, height: 1)
            switch list.rows[rowIndex] {
            case .heading(let day):
                let heading = EntryText.heading(day: LocalDay(daysSinceEpoch: Int(day)), today: context.today)
                canvas.write(heading, in: row, style: Style(bold: true))
            case .entry(let entryOffset):
                let record = index.records[Int(list.positions[entryOffset])]
                let isSelected = entryOffset == list.selected
                let isAppreciation = EntryText.isAppreciation(record)
                SelectionBar.render(into: &canvas, row: row, isSelected: isSelected)
                let cells = Layout.columns(row, lengths)
                let quiet: Style = isSelected ? .selected : .muted
                let labelStyle = isSelected ? Style(.highlight, bold: true, reversed: true)
                    : isAppreciation ? Style(.accent) : .muted
                let textStyle = isSelected ? Style.selected : isAppreciation ? .plain : .muted
                let matchStyle = isSelected ? matchInSelection : match
                if showsTime { canvas.write(record.time.local.hourMinute, in: cells[1], style: quiet) }
                SearchHighlight.write(EntryText.label(of: record), needle: isAppreciation ? needle : [],
                                      into: &canvas, area: cells[2], style: labelStyle, match: matchStyle)
                // A sent appreciation carries ✉ at the end of its row.
                let isSent = isAppreciation && !EntryText.isUnsent(record) && cells[4].width > 4
                let text = Layout.columns(cells[4], isSent ? [.fill, .fixed(1), .fixed(1)] : [.fill])
                SearchHighlight.write(EntryText.line(of: record, practices: context.data.practices), needle: needle,
                                      into: &canvas, area: text[0], style: textStyle, match: matchStyle)
                if isSent { canvas.write("✉", in: text[2], style: quiet) }
            }
        }
        ScrollMark.render(into: &canvas, beside: area, top: window.lowerBound, count: list.rows.count)
    }

    /// What the list shows, for the status line: "All entries · 1,234".
    static func scopeText(filter: BrowseFilter, list: BrowseList, index: BrowseIndex) -> String {
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

    /// The friendly screen of an empty journal (and the letters hint, when letters are there).
    static func renderEmpty(into canvas: inout Canvas, area: Rect, letters: String? = nil) {
        // The last row stays free for notes.
        var flow = Flow(area.content.dropping(top: area.height > 10 ? 1 : 0).dropping(bottom: 1))
        canvas.write("Nothing here yet.", in: flow.next(), style: Style(.warm, bold: true))
        flow.skip()
        let paragraphs: [(String, Style)] = [
            ("Your appreciations will gather here, by day and by person.", .plain),
            ("Press t to write the first one: one specific sentence about someone.", .plain),
            ("From the shell: tend thanks --to Sam \"You saved me a seat.\"", .muted),
        ]
        for (paragraph, style) in paragraphs {
            flow.place(Paragraph(paragraph, style: style), into: &canvas)
            flow.skip()
        }
        if let letters { flow.place(Paragraph(letters, style: Style(.accent)), into: &canvas) }
    }
}
