import TendCore

/// `/` search: the words typed, folded once for case- and accent-insensitive
/// matching, and the entries of the list that hold them. It does not hide
/// anything: matches are highlighted and `n` / `N` step through them.
struct BrowseSearch: Equatable, Sendable {
    private(set) var field = LineEditor(limit: 200)
    /// True while the words are being typed.
    private(set) var isTyping = false
    /// The folded words; empty when there is no search.
    private(set) var needle: [UInt8] = []
    /// Offsets into the list's entries that match, in list order.
    private(set) var matches: [Int] = []
    /// Where the selection was when `/` was pressed, to go back on Esc.
    private(set) var origin = 0

    var isActive: Bool { !needle.isEmpty }
    var text: String { field.text }

    /// Folds `text` as search does.
    static func fold(_ text: String) -> [UInt8] {
        var folder = SearchFolder()
        return folder.fold(text.trimmed())
    }

    mutating func begin(at selected: Int) {
        isTyping = true
        origin = selected
        field.set("")
        needle = []
        matches = []
    }

    /// Handles a key while typing; returns how the field took it.
    mutating func handle(_ key: Key) -> LineEditor.Outcome { field.handle(key) }

    /// Stops typing and keeps the search (Enter).
    mutating func accept() {
        isTyping = false
        if needle.isEmpty { field.set("") }
    }

    /// Forgets the search.
    mutating func clear() {
        isTyping = false
        field.set("")
        needle = []
        matches = []
    }

    /// Recomputes the matches of the current words in `list`.
    mutating func refresh(in list: BrowseList, index: BrowseIndex) {
        needle = Self.fold(field.text)
        guard !needle.isEmpty else { matches = []; return }
        matches = index.offsets(of: list.positions, matching: needle)
    }

    /// The first match at or after `offset`, wrapping round to the top.
    func match(atOrAfter offset: Int) -> Int? {
        guard !matches.isEmpty else { return nil }
        let i = insertionPoint(of: offset)
        return i < matches.count ? matches[i] : matches[0]
    }

    /// The next match after `offset` (`forward`) or before it, wrapping.
    func match(after offset: Int, forward: Bool) -> Int? {
        guard !matches.isEmpty else { return nil }
        if forward {
            let i = insertionPoint(of: offset + 1)
            return i < matches.count ? matches[i] : matches[0]
        }
        let i = insertionPoint(of: offset)
        return i > 0 ? matches[i - 1] : matches[matches.count - 1]
    }

    /// Which match `offset` is (1-based), when it is one.
    func ordinal(of offset: Int) -> Int? {
        let i = insertionPoint(of: offset)
        return i < matches.count && matches[i] == offset ? i + 1 : nil
    }

    /// The first index in `matches` whose value is at least `offset`.
    private func insertionPoint(of offset: Int) -> Int {
        var low = 0, high = matches.count
        while low < high {
            let mid = (low + high) / 2
            if matches[mid] < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
