import TendCore

/// Text wrapped at spaces to the area's width and cut at its bottom, in one
/// style. Linear in the text's length: it wraps no more lines than the area
/// shows (TendCore's wrapping stops at a limit).
public struct Paragraph: Hashable, Sendable {
    public var text: String
    public var style: Style
    /// What the last row shows when the text goes on below the area ("…").
    public var overflowMark: String?

    public init(_ text: String, style: Style = .plain, overflowMark: String? = nil) {
        self.text = text; self.style = style; self.overflowMark = overflowMark
    }

    /// The rows the text needs at `width` columns, at most `limit`.
    public func height(width: Int, limit: Int = .max) -> Int {
        guard width > 0, limit > 0 else { return 0 }
        return text.wrapped(toWidth: width, limit: limit).count
    }

    /// Draws the text in `area`: wrapped to its width, cut at its bottom.
    public func render(into canvas: inout Canvas, area: Rect) {
        guard !area.isEmpty else { return }
        let lines = text.wrapped(toWidth: area.width, limit: area.height + 1)
        for (offset, line) in lines.prefix(area.height).enumerated() {
            let isCut = offset == area.height - 1 && lines.count > area.height
            if isCut, let mark = overflowMark {
                canvas.write(line + mark, x: area.x, y: area.y + offset, style: style, truncatingTo: area.width)
            } else {
                canvas.write(line, x: area.x, y: area.y + offset, style: style, maxWidth: area.width)
            }
        }
    }
}

extension Canvas {
    /// One line in `area`'s first row, cut with an ellipsis when it does not fit.
    @discardableResult
    public mutating func write(_ text: String, in area: Rect, style: Style = .plain) -> Int {
        guard !area.isEmpty else { return 0 }
        return write(text, x: area.x, y: area.y, style: style, truncatingTo: area.width)
    }
}
