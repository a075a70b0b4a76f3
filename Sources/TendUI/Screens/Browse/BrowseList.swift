import TendCore

/// The list as the user moves through it: the filtered entries newest
/// first, a heading above each day, the selected entry, and the first row
/// on screen. Only the rows in the window are ever drawn.
struct BrowseList: Equatable, Sendable {
    enum Row: Hashable, Sendable {
        case heading(day: Int32)
        /// An entry, by its place in `positions`.
        case entry(Int)
    }

    /// Index positions shown, newest first.
    private(set) var positions: [Int32] = []
    private(set) var rows: [Row] = []
    /// The row of each entry in `positions`.
    private var rowOfEntry: [Int32] = []
    /// The selected entry, as an offset into `positions`.
    private(set) var selected = 0
    /// The first row on screen.
    private(set) var top = 0

    init() {}

    init(index: BrowseIndex, filter: BrowseFilter) {
        positions = filter.positions(in: index)
        rows.reserveCapacity(positions.count + positions.count / 4)
        rowOfEntry.reserveCapacity(positions.count)
        var lastDay: Int32?
        for (offset, position) in positions.enumerated() {
            let day = index.days[Int(position)]
            if day != lastDay { rows.append(.heading(day: day)); lastDay = day }
            rowOfEntry.append(Int32(rows.count))
            rows.append(.entry(offset))
        }
    }

    var isEmpty: Bool { positions.isEmpty }

    /// The index position of the selected entry.
    var selectedPosition: Int? { positions.isEmpty ? nil : Int(positions[selected]) }

    func row(ofEntry offset: Int) -> Int { Int(rowOfEntry[offset]) }

    /// Selects entry `offset` (clamped) and scrolls just enough to show it
    /// and its day's heading in a window of `height` rows.
    mutating func select(_ offset: Int, height: Int) {
        guard !positions.isEmpty else { selected = 0; top = 0; return }
        selected = max(0, min(positions.count - 1, offset))
        let row = self.row(ofEntry: selected)
        let height = max(1, height)
        // Keep the heading in view when the first entry of a day is selected.
        let wanted = row > 0 && rows[row - 1] != .entry(selected - 1) ? row - 1 : row
        if wanted < top { top = wanted }
        if row >= top + height { top = row - height + 1 }
        top = max(0, min(top, max(0, rows.count - height)))
    }

    /// Selects the entry at index position `position`, or the nearest after it.
    mutating func select(position: Int, height: Int) {
        let offset = firstOffset { Int($0) >= position }
        select(offset ?? positions.count - 1, height: height)
    }

    /// Moves the selection by `delta` entries.
    mutating func move(by delta: Int, height: Int) { select(selected + delta, height: height) }

    /// Scrolls by `delta` rows (a page, half a page, a wheel notch) and takes
    /// the selection along, so it stays in the same place on screen.
    mutating func scroll(by delta: Int, height: Int) {
        guard !rows.isEmpty else { return }
        let height = max(1, height)
        let screenRow = row(ofEntry: selected) - top
        let newTop = max(0, min(top + delta, max(0, rows.count - height)))
        if newTop == top {
            // Already at an end: the selection goes the rest of the way.
            select(delta > 0 ? positions.count - 1 : 0, height: height)
            return
        }
        top = newTop
        let target = max(0, min(rows.count - 1, top + screenRow))
        let offset = entry(atOrAfterRow: target) ?? entry(atOrBeforeRow: target) ?? selected
        selected = offset
        let row = self.row(ofEntry: selected)
        if row < top { top = row }
        if row >= top + height { top = row - height + 1 }
    }

    /// The first offset whose index position passes `test` (positions rise
    /// with offset, so this is a binary search).
    func firstOffset(where test: (Int32) -> Bool) -> Int? {
        var low = 0, high = positions.count
        while low < high {
            let mid = (low + high) / 2
            if test(positions[mid]) { high = mid } else { low = mid + 1 }
        }
        return low < positions.count ? low : nil
    }

    private func entry(atOrAfterRow row: Int) -> Int? {
        for r in row..<rows.count { if case .entry(let offset) = rows[r] { return offset } }
        return nil
    }

    private func entry(atOrBeforeRow row: Int) -> Int? {
        for r in stride(from: min(row, rows.count - 1), through: 0, by: -1) {
            if case .entry(let offset) = rows[r] { return offset }
        }
        return nil
    }
}
