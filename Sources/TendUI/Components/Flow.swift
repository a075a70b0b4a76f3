/// Lays parts out downwards from the top of an area, each taking the rows
/// it needs, so a screen says what comes next instead of counting rows.
/// Whatever does not fit gets an empty area (and draws nothing).
public struct Flow: Sendable {
    /// What is still free, below everything placed so far.
    public private(set) var rest: Rect

    public init(_ area: Rect) { rest = area }

    /// The next `rows` rows (fewer at the bottom of the area).
    public mutating func next(_ rows: Int = 1) -> Rect {
        let taken = rest.top(rows)
        rest = rest.dropping(top: rows)
        return taken
    }

    /// Leaves `rows` blank rows.
    public mutating func skip(_ rows: Int = 1) { rest = rest.dropping(top: rows) }

    /// Draws `paragraph` in the rows it needs; returns the rows used.
    @discardableResult
    public mutating func place(_ paragraph: Paragraph, into canvas: inout Canvas) -> Int {
        let area = next(paragraph.height(width: rest.width, limit: rest.height))
        paragraph.render(into: &canvas, area: area)
        return area.height
    }

    /// True once nothing more fits.
    public var isFull: Bool { rest.height == 0 }
}
