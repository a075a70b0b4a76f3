import TendCore

/// A focus week as seven small marks: ● it happened, ○ the day passed
/// without, · still to come. Marks, not a score: nothing is counted.
enum FocusMarksView {
    static func symbol(_ mark: FocusMark) -> String {
        switch mark {
        case .done: "●"
        case .notDone: "○"
        case .toCome: "·"
        }
    }

    static func style(_ mark: FocusMark) -> Style {
        mark == .done ? Style(.good, bold: true) : .muted
    }

    /// The columns the marks take: seven, a space between.
    static let width = 13

    /// The marks in a row, in `area`'s first row.
    static func render(_ marks: [FocusMark], into canvas: inout Canvas, area: Rect) {
        let cells = Layout.columns(area.top(1), Array(repeating: .fixed(1), count: marks.count), gap: 1)
        for (cell, mark) in zip(cells, marks) { canvas.write(symbol(mark), in: cell, style: style(mark)) }
    }

    /// The marks under the names of their days ("Mon Tue …"), four columns
    /// each; two rows. Narrower than that, the plain row.
    static func renderWithDays(_ week: FocusWeek, marks: [FocusMark], into canvas: inout Canvas, area: Rect) {
        guard area.width >= 27, area.height >= 2 else { return render(marks, into: &canvas, area: area) }
        let columns = Layout.columns(area.top(2), Array(repeating: .fixed(3), count: week.days.count), gap: 1)
        for (index, column) in columns.enumerated() where index < marks.count {
            let name = week.days[index].weekday.shortName
            canvas.write(name.prefix(1).uppercased() + name.dropFirst(), in: column, style: .muted)
            canvas.write(symbol(marks[index]), in: column.dropping(top: 1).dropping(left: 1), style: style(marks[index]))
        }
    }
}
