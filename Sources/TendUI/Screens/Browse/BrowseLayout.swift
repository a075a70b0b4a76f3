/// Where the browser's parts go in its area, worked out once for render
/// and for update (which asks with `context.body`, the same area), so a
/// page down moves exactly the rows on screen.
struct BrowseLayout {
    /// The text area: the body less its side margins.
    let content: Rect
    /// The top row: what is shown, the search or the month field.
    let status: Rect
    /// The list rows, between the status line and the row kept for notes.
    let list: Rect

    init(_ area: Rect) {
        content = area.content
        let rows = Layout.rows(content, [.fixed(1), .fill, .fixed(1)])
        status = rows[0]
        list = rows[1]
    }

    /// The people view: a title, a gap, the column names, the names, a last row for notes.
    struct People {
        let title: Rect, columns: Rect, rows: Rect
        init(_ area: Rect) {
            let parts = Layout.rows(area.content, [.fixed(1), .fixed(1), .fixed(1), .fill, .fixed(1)])
            title = parts[0]; columns = parts[2]; rows = parts[3]
        }
    }

    static func listHeight(_ context: ScreenContext) -> Int { max(1, BrowseLayout(context.body).list.height) }
    static func peopleHeight(_ context: ScreenContext) -> Int { max(1, People(context.body).rows.height) }
    /// A page of an entry's text: the text rows less the one that says there is more.
    static func detailPage(_ context: ScreenContext) -> Int { DetailLayout(context.body).page }
}
