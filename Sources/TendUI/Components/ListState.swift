/// The one list state, for every list and scrolled view: the selected row
/// (nil in a view that only scrolls) and the first row on screen.
///
/// Render never changes it: `window(count:height:)` is a pure function
/// that starts at the stored offset and moves only as far as needed to show
/// the selection (ratatui's rule), so any area works, even one smaller
/// than the one `update` planned for. `update` moves the selection and
/// keeps the offset with the page height the screen's own layout gives,
/// the same layout its render uses.
public struct ListState: Hashable, Sendable {
    public private(set) var selected: Int?
    public private(set) var offset = 0

    /// - Parameter selected: nil for a view that scrolls and selects nothing.
    public init(selected: Int? = 0) { self.selected = selected }

    /// The first row to draw in a window of `height` rows.
    /// - Parameter lead: rows above the selection to keep in view too (its heading).
    public func top(count: Int, height: Int, lead: Int = 0) -> Int {
        let height = max(1, height)
        var top = offset
        if let selected {
            top = min(top, max(0, selected - lead))
            if selected >= top + height { top = selected - height + 1 }
        }
        return max(0, min(top, max(0, count - height)))
    }

    /// The rows to draw in a window of `height` rows.
    public func window(count: Int, height: Int, lead: Int = 0) -> Range<Int> {
        let top = top(count: count, height: height, lead: lead)
        return top..<min(count, top + max(0, height))
    }

    /// Selects `row` (clamped) and scrolls just enough to show it.
    public mutating func select(_ row: Int, count: Int, height: Int, lead: Int = 0) {
        guard count > 0 else { selected = selected.map { _ in 0 }; offset = 0; return }
        selected = max(0, min(count - 1, row))
        offset = top(count: count, height: height, lead: lead)
    }

    /// Moves the first row on screen by `delta` rows. With a selection, it
    /// comes along and keeps its place on screen, landing on the nearest
    /// row `isSelectable` allows; at an end it goes the rest of the way.
    public mutating func scroll(by delta: Int, count: Int, height: Int, isSelectable: (Int) -> Bool = { _ in true }) {
        guard count > 0 else { return }
        let height = max(1, height)
        let current = top(count: count, height: height)
        let newTop = max(0, min(current + delta, max(0, count - height)))
        guard let selected else { offset = newTop; return }
        if newTop == current {
            let end = delta > 0 ? last(count: count, isSelectable) : first(count: count, isSelectable)
            select(end ?? selected, count: count, height: height)
            return
        }
        offset = newTop
        let target = max(0, min(count - 1, newTop + selected - current))
        let row = (target..<count).first(where: isSelectable) ?? (0...target).reversed().first(where: isSelectable) ?? selected
        self.selected = row
        if row < offset { offset = row }
        if row >= offset + height { offset = row - height + 1 }
    }

    /// Keeps a scrolled view's offset inside what `count` rows allow.
    public mutating func clamp(count: Int, height: Int) {
        offset = max(0, min(offset, count - max(1, height)))
        if let selected, count > 0 { self.selected = min(selected, count - 1) }
    }

    private func first(count: Int, _ isSelectable: (Int) -> Bool) -> Int? { (0..<count).first(where: isSelectable) }
    private func last(count: Int, _ isSelectable: (Int) -> Bool) -> Int? { (0..<count).reversed().first(where: isSelectable) }
}
