import TendCore

/// A practice card: its name, how to do it, and why it helps, wrapped to fit.
enum PracticeCardView {
    /// Draws the card from row `y`; returns the rows used.
    @discardableResult
    static func render(_ practice: Practice, into canvas: inout Canvas, x: Int, y: Int, width: Int, maxHeight: Int) -> Int {
        var row = y
        let limit = y + maxHeight
        func lines(_ text: String, style: Style, indent: Int = 0) {
            for line in text.wrapped(toWidth: width - indent) where row < limit {
                canvas.write(line, x: x + indent, y: row, style: style)
                row += 1
            }
        }
        lines(practice.name, style: Style(bold: true))
        if row < limit { row += 1 }
        lines(practice.how, style: .plain)
        if row < limit { row += 1 }
        lines(practice.why, style: .muted)
        return row - y
    }
}
