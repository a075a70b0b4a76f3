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
    /// The selected row and the first row on screen.
    private(set) var state = ListState()

    /// The selected entry, as an offset into `positions`.
    var selected: Int {
        guard let row = state.selected, rows.indices.contains(row), case .entry(let offset) = rows[row] else { return 0 }
        return offset
    }

    /// The first row on screen, as update left it.
    var top: Int { state.offset }

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
        if !positions.isEmpty { state.select(row(ofEntry: 0), count: rows.count, height: 1, lead: 1) }
    }

    var isEmpty: Bool { positions.isEmpty }

    /// The index position of the selected entry.
    var selectedPosition: Int? { positions.isEmpty ? nil : Int(positions[selected]) }

    func row(ofEntry offset: Int) -> Int { Int(rowOfEntry[offset]) }

    /// Selects entry `offset` (clamped) and scrolls just enough to show it
    /// and its day's heading in a window of `height` rows.
    mutating func select(_ offset: Int, height: Int) {
        guard !positions.isEmpty else { state = ListState(); return }
        let entry = max(0, min(positions.count - 1, offset))
        let row = self.row(ofEntry: entry)
        // Keep the heading in view when the first entry of a day is selected.
        let lead = row > 0 && rows[row - 1] != .entry(entry - 1) ? 1 : 0
        state.select(row, count: rows.count, height: height, lead: lead)
    }

    /// Selects the entry at index position `position`, or the nearest after it.
    mutating func select(position: Int, height: Int) {
        let offset = firstOffset { Int($0) >= position }
        select(offset ?? positions.count - 1, height: height)
    }

    /// A move of the list's keys: entries one by one, or pages that take the
    /// selection along so it stays in the same place on screen.
    mutating func apply(_ move: ListMove, height: Int) {
        switch move {
        case .down: select(selected + 1, height: height)
        case .up: select(selected - 1, height: height)
        case .top: select(0, height: height)
        case .bottom: select(positions.count - 1, height: height)
        default:
            let rows = self.rows
            state.apply(move, count: rows.count, height: height) { if case .entry = rows[$0] { true } else { false } }
        }
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
}
