/// Where the letters screen's parts go in its area, worked out once for
/// render and for update (which asks with `context.body`, the same area),
/// so a page down moves exactly the rows on screen.
struct LettersLayout {
    /// The count: "2 letters, 1 new".
    let status: Rect
    /// The letters, after a blank row, above the row kept for notes.
    let list: Rect

    init(_ area: Rect) {
        let rows = Layout.rows(area.content, [.fixed(1), .fixed(1), .fill, .fixed(1)])
        status = rows[0]
        list = rows[2]
    }

    static func listHeight(_ context: ScreenContext) -> Int { max(1, LettersLayout(context.body).list.height) }
    /// A page of a letter's words (one letter whole is a `DetailLayout`).
    static func letterPage(_ context: ScreenContext) -> Int { DetailLayout(context.body).page }
    static func wordsWidth(_ context: ScreenContext) -> Int { wordsWidth(of: DetailLayout(context.body)) }
    /// The words' own column, right of the quote bar.
    static func wordsWidth(of letter: DetailLayout) -> Int { max(1, letter.text.dropping(left: 2).width) }
}
