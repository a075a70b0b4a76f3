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

    /// One letter whole: "From Sam", when, a gap, the words, a last row kept for notes.
    struct Letter {
        let heading: Rect, when: Rect, text: Rect
        init(_ area: Rect) {
            let rows = Layout.rows(area.content, [.fixed(1), .fixed(1), .fixed(1), .fill, .fixed(1)])
            heading = rows[0]; when = rows[1]; text = rows[3]
        }
        /// The words' own column, right of the quote bar.
        var words: Rect { text.dropping(left: 2) }
    }

    static func listHeight(_ context: ScreenContext) -> Int { max(1, LettersLayout(context.body).list.height) }
    /// A page of a letter's words: the text rows less the one that says there is more.
    static func letterPage(_ context: ScreenContext) -> Int { max(1, Letter(context.body).text.height - 1) }
    static func wordsWidth(_ context: ScreenContext) -> Int { max(1, Letter(context.body).words.width) }
}
