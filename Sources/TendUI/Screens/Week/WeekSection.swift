/// One part of the week screen below the heat map: a label and rows of
/// pieces that flow to the width (beside the label when there is room,
/// under it when the window is narrow).
struct WeekSection: Sendable {
    var label: String
    var rows: [[WeekLine.Piece]]

    /// Wide enough to keep labels in a column of their own.
    static let labelColumn = 12
    static let minimumWideWidth = 56

    /// Columns left for the pieces beside (or under) the label.
    static func contentWidth(_ width: Int) -> Int {
        max(1, width - (width >= minimumWideWidth ? labelColumn : 2))
    }

    func lines(width: Int) -> [WeekLine] {
        let isWide = width >= Self.minimumWideWidth
        let indent = isWide ? Self.labelColumn : 2
        let contentWidth = Self.contentWidth(width)
        var lines: [WeekLine] = isWide ? [] : [WeekLine(label, Style(bold: true))]
        for row in rows {
            for line in WeekLine.flow(row, width: contentWidth) {
                let lead = isWide && lines.isEmpty ? label.padded(toWidth: indent) : String(repeating: " ", count: indent)
                lines.append(WeekLine(lead, Style(bold: true)).appending(line))
            }
        }
        return lines
    }
}
