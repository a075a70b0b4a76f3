import TendCore

/// Finds where folded search words sit in text as shown ("Jose" inside
/// "José"), and writes a line with those stretches highlighted.
enum SearchHighlight {
    /// The character ranges of `text` whose folded form holds `needle`.
    static func ranges(of needle: [UInt8], in text: String) -> [Range<Int>] {
        guard !needle.isEmpty else { return [] }
        var folder = SearchFolder()
        var bytes: [UInt8] = []
        var owner: [Int] = []
        for (index, character) in text.enumerated() {
            let folded = folder.fold(String(character))
            bytes += folded
            owner += Array(repeating: index, count: folded.count)
        }
        var result: [Range<Int>] = []
        var i = 0
        while i + needle.count <= bytes.count {
            if bytes[i..<i + needle.count].elementsEqual(needle) {
                let start = owner[i], end = owner[i + needle.count - 1] + 1
                if let last = result.last, last.upperBound >= start {
                    result[result.count - 1] = last.lowerBound..<max(last.upperBound, end)
                } else {
                    result.append(start..<end)
                }
                i += needle.count
            } else {
                i += 1
            }
        }
        return result
    }

    /// Writes `text` in the first row of `area`, cut to fit; returns the columns used.
    @discardableResult
    static func write(_ text: String, needle: [UInt8], into canvas: inout Canvas, area: Rect, style: Style,
                      match: Style) -> Int {
        guard !area.isEmpty else { return 0 }
        return write(text, needle: needle, into: &canvas, x: area.x, y: area.y, width: area.width, style: style, match: match)
    }

    /// Writes `text` in one row, cut to `width` columns with an ellipsis,
    /// the stretches that match `needle` in `match`. Returns the columns used.
    @discardableResult
    static func write(_ text: String, needle: [UInt8], into canvas: inout Canvas, x: Int, y: Int, width: Int,
                      style: Style, match: Style) -> Int {
        guard width > 0 else { return 0 }
        let safe = SafeText.line(text)
        let ranges = ranges(of: needle, in: safe)
        guard !ranges.isEmpty else { return canvas.write(safe, x: x, y: y, style: style, truncatingTo: width) }
        let shown = safe.truncated(toWidth: width)
        let keptCount = shown == safe ? safe.count : shown.count - 1
        var column = x
        var run = "", runStyle = style
        func flush() {
            column += canvas.write(run, x: column, y: y, style: runStyle, maxWidth: x + width - column)
            run = ""
        }
        for (index, character) in shown.enumerated() {
            let wanted = index < keptCount && ranges.contains { $0.contains(index) } ? match : style
            if wanted != runStyle, !run.isEmpty { flush() }
            runStyle = wanted
            run.append(character)
        }
        flush()
        return column - x
    }
}
