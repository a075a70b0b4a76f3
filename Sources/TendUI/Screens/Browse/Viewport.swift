/// Which row a list window starts at when drawn: the stored top, moved only
/// as far as needed to show the selected row (the window may be smaller
/// than the one `update` planned for, after a resize).
enum Viewport {
    static func top(stored: Int, selected: Int, count: Int, height: Int) -> Int {
        let height = max(1, height)
        var top = min(stored, selected)
        if selected >= top + height { top = selected - height + 1 }
        return max(0, min(top, max(0, count - height)))
    }
}
