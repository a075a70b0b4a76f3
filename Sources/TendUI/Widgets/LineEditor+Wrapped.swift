import TendCore

/// The line editor drawn over a few rows, wrapped at spaces, for a sentence
/// that should be read whole while it is written (the bedtime appreciation).
/// Only the view wraps: the text stays one line, and the keys are the
/// editor's own.
extension LineEditor {
    /// The rows the text takes at `width` columns, as ranges of character
    /// indices. A row breaks after the last space that fits; a word wider
    /// than the row is cut by width. A space where a row breaks hangs at the
    /// end of that row, unseen. Always at least one row; when a full last
    /// row ends at the cursor, an empty row follows for the cursor.
    func wrappedRows(width: Int) -> [Range<Int>] {
        guard width > 0 else { return [0..<characters.count] }
        let widths = shownCharacters.map(DisplayWidth.of)
        var rows: [Range<Int>] = []
        var start = 0, used = 0
        while start < characters.count {
            var end = start, lastBreak: Int?
            used = 0
            while end < characters.count, used + widths[end] <= width {
                if characters[end] == " " { lastBreak = end + 1 }
                used += widths[end]
                end += 1
            }
            if end < characters.count {
                if characters[end] == " " {
                    end += 1
                } else if let lastBreak, lastBreak > start {
                    end = lastBreak
                } else if end == start {
                    end += 1 // a character wider than the whole row
                }
            }
            rows.append(start..<end)
            start = end
        }
        if rows.isEmpty || (cursor == characters.count && used >= width && rows.last?.upperBound == cursor) {
            rows.append(characters.count..<characters.count)
        }
        return rows
    }

    /// Rows the text needs at `width` columns, at most `limit`.
    public func rowsNeeded(width: Int, limit: Int) -> Int {
        Swift.max(1, Swift.min(limit, wrappedRows(width: width).count))
    }

    /// Draws the field at (x, y), `width` columns by `rows` rows, scrolled
    /// so the cursor's row shows; "…" marks text above or below the rows.
    /// Sets the canvas cursor when `hasFocus`.
    public func renderWrapped(into canvas: inout Canvas, x: Int, y: Int, width: Int, rows: Int,
                              style: Style = Style(underlined: true), hasFocus: Bool = true) {
        guard width > 1, rows > 0 else { return }
        canvas.fill(Rect(x: x, y: y, width: width, height: rows), style: style)
        let all = wrappedRows(width: width)
        let cursorRow = all.lastIndex { $0.lowerBound <= cursor } ?? 0
        let top = Swift.max(0, Swift.min(cursorRow - (rows - 1), all.count - rows))
        let shown = shownCharacters
        for (offset, range) in all[top..<Swift.min(all.count, top + rows)].enumerated() {
            canvas.write(String(shown[range]), x: x, y: y + offset, style: style, maxWidth: width)
        }
        if top > 0 { canvas.write("…", x: x, y: y, style: Style(.muted)) }
        if top + rows < all.count { canvas.write("…", x: x + width - 1, y: y + rows - 1, style: Style(.muted)) }
        if hasFocus {
            let row = all[cursorRow]
            let column = shown[row.lowerBound..<cursor].map(DisplayWidth.of).reduce(0, +)
            canvas.cursor = Point(x: x + Swift.min(column, width - 1), y: y + cursorRow - top)
        }
    }
}
