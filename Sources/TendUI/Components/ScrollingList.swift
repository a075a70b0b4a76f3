/// A list that scrolls: the list state, the number of rows, the page
/// height its screen's layout gives it, and the moving keys. The screen
/// draws each row; the list decides which rows show, marks the selected
/// one, and puts a quiet scroll mark in the right margin.
public struct ScrollingList: Hashable, Sendable {
    public private(set) var state: ListState
    public private(set) var count: Int
    /// The rows a page moves, from the screen's layout.
    public private(set) var pageHeight: Int
    public let keys: KeyMap<ListMove>
    /// True where PgDn moves the selection a page (people); else it scrolls.
    public let pagesMoveSelection: Bool
    /// True for a short menu: down on the last row goes to the first, up on the first to the last.
    public let wraps: Bool

    public init(count: Int, keys: [KeyBinding<ListMove>], selects: Bool = true, pageHeight: Int = 1,
                pagesMoveSelection: Bool = false, wraps: Bool = false) {
        state = ListState(selected: selects ? 0 : nil)
        self.count = count
        self.keys = KeyMap(keys)
        self.pageHeight = max(1, pageHeight)
        self.pagesMoveSelection = pagesMoveSelection
        self.wraps = wraps
    }

    public var selected: Int? { state.selected }
    public var keyHelp: ScreenKeys { keys.keyHelp }

    /// The rows changed in number, or the window in height.
    public mutating func resize(count: Int? = nil, pageHeight: Int? = nil) {
        if let count { self.count = count }
        if let pageHeight { self.pageHeight = max(1, pageHeight) }
        state.clamp(count: self.count, height: self.pageHeight)
    }

    public mutating func select(_ row: Int) { state.select(row, count: count, height: pageHeight) }

    /// Takes a moving key; false when the key is not one.
    public mutating func handle(_ key: Key) -> Bool {
        guard let move = keys.intent(for: key) else { return false }
        apply(move)
        return true
    }

    public mutating func apply(_ move: ListMove) {
        if wraps, let selected, count > 0 {
            if move == .down, selected == count - 1 { return select(0) }
            if move == .up, selected == 0 { return select(count - 1) }
        }
        state.apply(move, count: count, height: pageHeight, pagesMoveSelection: pagesMoveSelection)
    }

    public mutating func update(_ event: Event, context: ScreenContext) -> [Effect] {
        if case .keyPressed(let key) = event { _ = handle(key) }
        return []
    }

    /// Draws the rows that fit in `area`, one per row, through `row` (its
    /// index, its one-row area, whether it is selected), and the scroll
    /// mark just right of the area when not every row shows.
    public func render(into canvas: inout Canvas, area: Rect, showsScrollMark: Bool = true,
                       row: (inout Canvas, _ index: Int, _ area: Rect, _ isSelected: Bool) -> Void) {
        guard area.height > 0 else { return }
        let window = state.window(count: count, height: area.height)
        for (offset, index) in window.enumerated() {
            row(&canvas, index, Rect(x: area.x, y: area.y + offset, width: area.width, height: 1), index == state.selected)
        }
        if showsScrollMark { ScrollMark.render(into: &canvas, beside: area, top: window.lowerBound, count: count) }
    }
}

/// A quiet mark in the column right of a list, showing how far down it is.
enum ScrollMark {
    static func render(into canvas: inout Canvas, beside area: Rect, top: Int, count: Int) {
        guard count > area.height, area.height > 0 else { return }
        let mark = area.y + (area.height - 1) * top / max(1, count - area.height)
        canvas.write("▐", x: area.maxX + 1, y: mark, style: .muted)
    }
}

/// The look of a selected row: a reversed bar with a "›" at its start.
public enum SelectionBar {
    /// Fills the row when selected and writes the marker; returns the area right of the marker.
    @discardableResult
    public static func render(into canvas: inout Canvas, row: Rect, isSelected: Bool) -> Rect {
        if isSelected { canvas.fill(row, style: .selected) }
        canvas.write(isSelected ? "›" : " ", x: row.x, y: row.y, style: isSelected ? .selected : .key)
        return row.dropping(left: 2)
    }
}
