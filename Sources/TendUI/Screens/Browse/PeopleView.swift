import TendCore

/// Everyone appreciated: how many times, and how long since the last one,
/// the longest quiet first (a gentle hint of who has not heard from you).
struct PeopleView: Equatable, Sendable {
    struct Row: Hashable, Sendable {
        var person: Int32
        var name: String
        var count: Int
        var last: LocalDay
    }

    private(set) var rows: [Row] = []
    /// The names as a list; a page moves the selection a page.
    var list: ScrollingList

    init(index: BrowseIndex, pageHeight: Int = 1) {
        var counts = [Int](repeating: 0, count: index.people.count)
        var last = [Int32](repeating: .min, count: index.people.count)
        for position in 0..<index.count where EntryText.isAppreciation(index.records[position]) {
            let id = Int(index.personIDs[position])
            guard id >= 0 else { continue }
            counts[id] += 1
            last[id] = max(last[id], index.days[position])
        }
        rows = index.people.indices.filter { counts[$0] > 0 }.map { id in
            Row(person: Int32(id), name: index.people[id].name, count: counts[id],
                last: LocalDay(daysSinceEpoch: Int(last[id])))
        }
        let folded = index.people.map(\.folded)
        rows.sort { a, b in
            if a.last != b.last { return a.last < b.last }
            if a.count != b.count { return a.count > b.count }
            return folded[Int(a.person)].lexicographicallyPrecedes(folded[Int(b.person)])
        }
        list = ScrollingList(count: rows.count, keys: [], pageHeight: pageHeight, pagesMoveSelection: true)
    }

    var selected: Int { list.selected ?? 0 }
    var selectedRow: Row? { rows.indices.contains(selected) ? rows[selected] : nil }

    func render(into canvas: inout Canvas, area: Rect, today: LocalDay) {
        let layout = BrowseLayout.People(area)
        let wide = layout.title.width >= 56
        let title = wide ? "Everyone you have appreciated, the longest quiet first" : "Everyone, the longest quiet first"
        canvas.write(title, in: layout.title, style: Style(bold: true))
        guard !rows.isEmpty else {
            Paragraph("Nobody yet. Your first appreciation starts this list.", style: .muted)
                .render(into: &canvas, area: layout.columns.union(layout.rows))
            return
        }
        // What the marker, the count, a gap and thirteen columns of "last one" leave for names.
        let nameRoom = Layout.columns(layout.rows, [.fixed(2), .fill, .fixed(6), .fixed(2), .fixed(13)])[1].width
        let nameWidth = max(4, min(rows.map(\.name.displayWidth).max() ?? 0, 24, nameRoom))
        // The marker, the name, the count (right-aligned under "thanks"), a gap, how long since.
        let lengths: [Length] = [.fixed(2), .fixed(nameWidth), .fixed(6), .fixed(2), .fill]
        let heads = Layout.columns(layout.columns, lengths)
        canvas.write("thanks", in: heads[2].right(6), style: .muted)
        canvas.write("last one", in: heads[4], style: .muted)
        list.render(into: &canvas, area: layout.rows, showsScrollMark: false) { canvas, index, row, isSelected in
            SelectionBar.render(into: &canvas, row: row, isSelected: isSelected)
            let cells = Layout.columns(row, lengths)
            let person = rows[index]
            canvas.write(person.name, in: cells[1], style: isSelected ? Style(.highlight, bold: true, reversed: true) : Style(.accent))
            let count = String(person.count)
            canvas.write(count, in: cells[2].right(count.displayWidth), style: isSelected ? .selected : .plain)
            canvas.write(EntryText.since(person.last, today: today), in: cells[4],
                         style: isSelected ? .selected : .muted)
        }
    }
}

extension Rect {
    /// The smallest rectangle holding both.
    func union(_ other: Rect) -> Rect {
        let x0 = Swift.min(x, other.x), y0 = Swift.min(y, other.y)
        return Rect(x: x0, y: y0, width: Swift.max(maxX, other.maxX) - x0, height: Swift.max(maxY, other.maxY) - y0)
    }
}
