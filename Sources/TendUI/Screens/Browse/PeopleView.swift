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
    private(set) var selected = 0
    private(set) var top = 0

    init(index: BrowseIndex) {
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
    }

    var selectedRow: Row? { rows.indices.contains(selected) ? rows[selected] : nil }

    mutating func select(_ row: Int, height: Int) {
        guard !rows.isEmpty else { return }
        selected = max(0, min(rows.count - 1, row))
        if selected < top { top = selected }
        if selected >= top + max(1, height) { top = selected - max(1, height) + 1 }
    }

    /// Rows of the body above the names: a title and column names.
    static let headerRows = 3

    func render(into canvas: inout Canvas, area: Rect, today: LocalDay) {
        let x = area.x + 2, width = area.width - 4
        var y = area.y
        let title = width >= 56 ? "Everyone you have appreciated, the longest quiet first" : "Everyone, the longest quiet first"
        canvas.write(title, x: x, y: y, style: Style(bold: true), truncatingTo: width)
        guard !rows.isEmpty else {
            let words = "Nobody yet. Your first appreciation starts this list."
            for (i, line) in words.wrapped(toWidth: width).enumerated() where y + 2 + i < area.maxY - 1 {
                canvas.write(line, x: x, y: y + 2 + i, style: .muted)
            }
            return
        }
        let sinceWidth = 13, countWidth = 6
        let nameWidth = max(4, min(rows.map(\.name.displayWidth).max() ?? 0, 24, width - 2 - countWidth - 2 - sinceWidth))
        let countX = x + 2 + nameWidth, sinceX = countX + countWidth + 2
        y += 2
        canvas.write("thanks", x: countX + countWidth - 6, y: y, style: .muted)
        canvas.write("last one", x: sinceX, y: y, style: .muted, truncatingTo: area.maxX - 2 - sinceX)
        y += 1
        let height = max(1, area.maxY - 1 - y)
        let start = Viewport.top(stored: top, selected: selected, count: rows.count, height: height)
        for (offset, row) in rows[start..<min(rows.count, start + height)].enumerated() {
            let index = start + offset, rowY = y + offset
            let isSelected = index == selected
            let base = isSelected ? Style.selected : .plain
            if isSelected { canvas.fill(Rect(x: x, y: rowY, width: width, height: 1), style: .selected) }
            canvas.write(isSelected ? "›" : " ", x: x, y: rowY, style: isSelected ? .selected : .key)
            canvas.write(row.name, x: x + 2, y: rowY, style: isSelected ? Style(.highlight, bold: true, reversed: true)
                : Style(.accent), truncatingTo: nameWidth)
            let count = String(row.count)
            canvas.write(count, x: countX + countWidth - count.displayWidth, y: rowY, style: base)
            canvas.write(EntryText.since(row.last, today: today), x: sinceX, y: rowY, style: isSelected ? base : .muted,
                         truncatingTo: area.maxX - 2 - sinceX)
        }
    }
}
