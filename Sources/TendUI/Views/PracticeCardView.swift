import TendCore

/// A practice card: its name, how to do it, and why it helps, wrapped to
/// fit `area` and cut at its bottom.
enum PracticeCardView {
    static func render(_ practice: Practice, into canvas: inout Canvas, area: Rect) {
        var flow = Flow(area)
        flow.place(Paragraph(practice.name, style: Style(bold: true)), into: &canvas)
        flow.skip()
        flow.place(Paragraph(practice.how), into: &canvas)
        flow.skip()
        flow.place(Paragraph(practice.why, style: .muted), into: &canvas)
    }

    /// The rows the card takes at `width` columns (two blank rows between its parts).
    static func height(_ practice: Practice, width: Int) -> Int {
        [practice.name, practice.how, practice.why].reduce(2) { $0 + Paragraph($1).height(width: width) }
    }
}
