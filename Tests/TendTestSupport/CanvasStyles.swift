import TendUI

extension Canvas {
    /// Which cells are not plain, as ratatui's buffer assertions show them:
    /// one line per run of cells in one style, "row columns: style".
    /// Plain cells are left out, so the list reads as what stands out.
    public var styleSection: String {
        var lines: [String] = []
        for y in 0..<size.height {
            var x = 0
            while x < size.width {
                let style = self[x, y].style
                var end = x + 1
                while end < size.width, self[end, y].style == style { end += 1 }
                if style != .plain { lines.append("\(y) \(x)-\(end - 1): \(Self.describe(style))") }
                x = end
            }
        }
        return lines.joined(separator: "\n")
    }

    static func describe(_ style: Style) -> String {
        var words: [String] = []
        if style.role != .normal { words.append("\(style.role)") }
        if style.isBold { words.append("bold") }
        if style.isDim { words.append("dim") }
        if style.isReversed { words.append("reversed") }
        if style.isUnderlined { words.append("underlined") }
        return words.joined(separator: " ")
    }
}
