import TendCore

/// This week's balance in one calm line on home, "This week  23 good (8
/// appreciations, 2 practices done, 13 noted with +) : 4 hard": counts side
/// by side, no verdict, and what the good ones were, so a number larger
/// than the `+` notes is never a puzzle. Shorter forms for narrow windows;
/// an empty week shows how to note a moment instead.
enum BalanceLine {
    typealias Span = (text: String, style: Style)

    static func render(_ week: BalanceWeek, words: BalanceWords, into canvas: inout Canvas, x: Int, y: Int, width: Int) {
        guard width > 0 else { return }
        if week.isEmpty {
            let text = words.empty.displayWidth <= width ? words.empty : "+ good moment  - hard one"
            canvas.write(text, x: x, y: y, style: .muted, truncatingTo: width)
            return
        }
        render(spans(week, width: width), into: &canvas, x: x, y: y, width: width)
    }

    static func render(_ spans: [Span], into canvas: inout Canvas, x: Int, y: Int, width: Int) {
        var used = 0
        for span in spans where used < width {
            used += canvas.write(span.text, x: x + used, y: y, style: span.style, truncatingTo: width - used)
        }
    }

    /// The longest form of the line that fits in `width` columns (the
    /// shortest when none does).
    static func spans(_ week: BalanceWeek, width: Int) -> [Span] {
        let good = (String(week.good), Style(.good, bold: true))
        let hard = (String(week.hard), Style(bold: true))
        let repairs = week.repairs == 0 ? [] : [
            ("  ·  ", Style.muted), (Plural.count(week.repairs, "repair"), Style.plain),
        ]
        func full(sources: String?) -> [Span] {
            let from: [Span] = sources.map { [(" good (", .muted), ($0, .muted), (") : ", .muted)] } ?? [(" good : ", .muted)]
            return [("This week  ", .muted), good] + from + [hard, (" hard", .muted)]
        }
        let long = week.goodSources(), short = week.goodSources(short: true)
        let explained = long == nil ? [] : [full(sources: long) + repairs, full(sources: long), full(sources: short)]
        let forms = explained + [
            full(sources: nil) + repairs,
            full(sources: nil),
            [("This week ", .muted), good, (" : ", .muted), hard],
            [("week ", .muted), good, (" : ", .muted), hard],
            [good, (" : ", .muted), hard],
        ]
        return forms.first { columns(of: $0) <= width } ?? forms[forms.count - 1]
    }

    static func columns(of spans: [Span]) -> Int { spans.reduce(0) { $0 + $1.text.displayWidth } }
}
