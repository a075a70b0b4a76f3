import TendCore

/// Numbered options laid out left to right, wrapping onto more rows when the
/// window is narrow; the chosen one is highlighted.
enum ChoiceRow {
    static func render(into canvas: inout Canvas, area: Rect, options: [String], selected: Int) {
        for (index, place) in layout(options: options, width: area.width).enumerated() where place.y < area.height {
            let style = index == selected ? Style.selected : Style.plain
            canvas.write(label(options[index], index), x: area.x + place.x, y: area.y + place.y, style: style,
                         truncatingTo: area.width - place.x)
        }
    }

    /// Rows the options take at this width.
    static func height(options: [String], width: Int) -> Int {
        (layout(options: options, width: width).map(\.y).max() ?? 0) + 1
    }

    private static func label(_ option: String, _ index: Int) -> String { " \(index + 1) \(option) " }

    private static func layout(options: [String], width: Int) -> [Point] {
        var x = 0, y = 0
        return options.enumerated().map { index, option in
            let w = label(option, index).displayWidth
            if x > 0, x + w > width { x = 0; y += 1 }
            defer { x += w + 1 }
            return Point(x: x, y: y)
        }
    }
}
