import TendCore

/// One row of the week screen: pieces of text, each with its style. The
/// screen is laid out as a list of these and scrolled as a list.
struct WeekLine: Sendable {
    struct Span: Sendable {
        var text: String
        var style: Style
    }

    var spans: [Span]

    init(_ spans: [Span] = []) { self.spans = spans }

    init(_ text: String, _ style: Style = .plain) { spans = [Span(text: text, style: style)] }

    static let blank = WeekLine()

    var width: Int { spans.reduce(0) { $0 + $1.text.displayWidth } }

    /// This line followed by `other`.
    func appending(_ other: WeekLine) -> WeekLine { WeekLine(spans + other.spans) }

    func appending(_ text: String, _ style: Style = .plain) -> WeekLine {
        WeekLine(spans + [Span(text: text, style: style)])
    }

    /// Draws the line at (x, y), cut at `width` columns.
    func render(into canvas: inout Canvas, x: Int, y: Int, width: Int) {
        var used = 0
        for span in spans where used < width {
            let room = width - used
            if span.text.displayWidth <= room {
                used += canvas.write(span.text, x: x + used, y: y, style: span.style, maxWidth: room)
            } else {
                used += canvas.write(span.text, x: x + used, y: y, style: span.style, truncatingTo: room)
            }
        }
    }

    /// A piece of a flowing row and the text that joins it to the piece before.
    struct Piece: Sendable {
        var line: WeekLine
        var joiner: String
        init(_ line: WeekLine, joiner: String = "  ·  ") { self.line = line; self.joiner = joiner }
    }

    /// Lays `pieces` out left to right, each joined to the one before by its
    /// joiner, starting a new line whenever the next piece would not fit.
    static func flow(_ pieces: [Piece], width: Int) -> [WeekLine] {
        var lines: [WeekLine] = []
        var current = WeekLine()
        for piece in pieces {
            if current.spans.isEmpty {
                current = piece.line
            } else if current.width + piece.joiner.displayWidth + piece.line.width <= width {
                current = current.appending(piece.joiner, .muted).appending(piece.line)
            } else {
                lines.append(current)
                current = piece.line
            }
        }
        if !current.spans.isEmpty { lines.append(current) }
        return lines
    }
}
