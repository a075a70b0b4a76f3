/// One thing in full, as browse shows an entry and the letters a letter:
/// a heading, when, a gap, the text, and a last row kept for notes. Worked
/// out once for render and for update (which asks with `context.body`).
struct DetailLayout {
    let heading: Rect, when: Rect, text: Rect

    init(_ area: Rect) {
        let rows = Layout.rows(area.content, [.fixed(1), .fixed(1), .fixed(1), .fill, .fixed(1)])
        heading = rows[0]; when = rows[1]; text = rows[3]
    }

    /// A page of the text: its rows less the one that says there is more.
    var page: Int { max(1, text.height - 1) }
}
