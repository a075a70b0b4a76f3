import TendCore

/// One terminal cell: a grapheme, its display width, and its style. The cell
/// right of a wide grapheme is a continuation (`width == 0`, empty text).
public struct Cell: Hashable, Sendable {
    public var text: String
    public var width: UInt8
    public var style: Style

    public static let blank = Cell(text: " ", width: 1, style: .plain)
    static let continuation = Cell(text: "", width: 0, style: .plain)
}

/// A grid of cells that screens draw into. Only a terminal backend turns it
/// into output; tests read it back as plain text.
public struct Canvas: Sendable {
    public let size: Size
    public private(set) var cells: [Cell]
    /// Where the text cursor shows, when a field has focus; hidden when nil.
    public var cursor: Point?

    public init(size: Size) {
        self.size = size
        cells = Array(repeating: .blank, count: size.width * size.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * size.width + x]
    }

    /// Writes one line of text at (x, y), clipped to `maxWidth` columns and the
    /// canvas edge. Text is made terminal-safe first. Returns the columns used.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain,
                               maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < size.height, x < size.width else { return 0 }
        let limit = Swift.min(size.width, x + Swift.max(0, maxWidth ?? size.width))
        let safe = SafeText.needsCleaning(text) ? SafeText.line(text) : text
        var column = x
        for character in safe {
            let width = DisplayWidth.of(character)
            if width == 0 { continue } // stray combining marks already ride on their base
            if column + width > limit { break }
            if column >= 0 { put(character, width: width, x: column, y: y, style: style) }
            column += width
        }
        return Swift.max(0, column - x)
    }

    /// Writes text cut to `width` columns with an ellipsis when it does not fit.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain,
                               truncatingTo width: Int) -> Int {
        write(SafeText.line(text).truncated(toWidth: width), x: x, y: y, style: style, maxWidth: width)
    }

    /// Writes text centred in `rect` on row `y`.
    public mutating func writeCentered(_ text: String, in rect: Rect, y: Int, style: Style = .plain) {
        let line = text.truncated(toWidth: rect.width)
        write(line, x: rect.x + (rect.width - line.displayWidth) / 2, y: y, style: style, maxWidth: rect.width)
    }

    /// Fills a rectangle with spaces in the given style.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        for row in Swift.max(0, rect.y)..<Swift.min(size.height, rect.maxY) {
            for column in Swift.max(0, rect.x)..<Swift.min(size.width, rect.maxX) {
                cells[row * size.width + column] = Cell(text: " ", width: 1, style: style)
            }
        }
    }

    /// Draws a horizontal rule.
    public mutating func rule(x: Int, y: Int, width: Int, style: Style = .muted) {
        write(String(repeating: "─", count: Swift.max(0, width)), x: x, y: y, style: style, maxWidth: width)
    }

    /// Draws a rounded box around `rect`, with an optional title in its top edge.
    public mutating func box(_ rect: Rect, title: String? = nil, style: Style = .muted) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let inner = rect.width - 2
        write("╭" + String(repeating: "─", count: inner) + "╮", x: rect.x, y: rect.y, style: style)
        for row in rect.y + 1..<rect.maxY - 1 {
            write("│", x: rect.x, y: row, style: style)
            write("│", x: rect.maxX - 1, y: row, style: style)
        }
        write("╰" + String(repeating: "─", count: inner) + "╯", x: rect.x, y: rect.maxY - 1, style: style)
        if let title, inner > 4 {
            write(" \(title) ", x: rect.x + 2, y: rect.y, style: .title, truncatingTo: inner - 2)
        }
    }

    /// Every row as plain text, trailing spaces trimmed: what a snapshot stores.
    public var text: String {
        (0..<size.height).map(rowText).joined(separator: "\n")
    }

    /// One row as plain text, trailing spaces trimmed.
    public func rowText(_ y: Int) -> String {
        var line = ""
        for x in 0..<size.width { line += self[x, y].text }
        while line.hasSuffix(" ") { line.removeLast() }
        return line
    }

    private mutating func put(_ character: Character, width: Int, x: Int, y: Int, style: Style) {
        let index = y * size.width + x
        clearWideNeighbours(at: index, x: x)
        cells[index] = Cell(text: String(character), width: UInt8(width), style: style)
        if width == 2 {
            clearWideNeighbours(at: index + 1, x: x + 1)
            cells[index + 1] = Cell(text: "", width: 0, style: style)
        }
    }

    /// Overwriting half of a wide grapheme blanks the other half.
    private mutating func clearWideNeighbours(at index: Int, x: Int) {
        let cell = cells[index]
        if cell.width == 0, x > 0 { cells[index - 1] = .blank }
        if cell.width == 2, x + 1 < size.width { cells[index + 1] = .blank }
    }
}
