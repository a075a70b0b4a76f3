/// A window on lines that may run past their rows: which lines show from
/// `scroll`, and, when they run past, what the last row says instead.
struct ScrolledText {
    /// The first line shown, and how many show.
    let first: Int, height: Int
    /// Which way the rest is, for the last row; nil when every line fits.
    let more: String?

    init(lineCount: Int, rows: Int, scroll: Int) {
        let isLonger = lineCount > rows
        height = isLonger ? max(0, rows - 1) : rows
        first = max(0, min(scroll, lineCount - height))
        more = isLonger && rows > 0 ? (first + height < lineCount ? "PgDn for more ↓" : "PgUp to go back ↑") : nil
    }

    /// The lines worth wrapping for a window of `rows` from `scroll`: one
    /// past the window is enough to know there is more.
    static func limit(rows: Int, scroll: Int) -> Int { max(0, scroll) + rows + 1 }
}
