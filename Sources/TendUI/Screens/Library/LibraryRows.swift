import Foundation
import TendCore

/// The library as rows: "My practices" first (the cards the user kept),
/// then every group under its title, in the library's order; searching
/// keeps the cards whose name holds the words (case and accents ignored),
/// still under their titles.
struct LibraryRows: Hashable, Sendable {
    enum Row: Hashable, Sendable {
        case heading(String)
        case card(Practice)
        /// A quiet line under a heading with nothing in it.
        case note(String)
    }

    let rows: [Row]
    /// The positions of the card rows, in order.
    let cards: [Int]

    init(library: PracticeLibrary, preferences: PracticePreferences, prompts: PromptLibrary, query: String) {
        var folder = SearchFolder()
        let needle = folder.fold(query.trimmed())
        func matches(_ practice: Practice) -> Bool {
            needle.isEmpty || folder.text(practice.name, containsFolded: needle)
        }
        var rows: [Row] = []
        let mine = library.practices.filter { preferences.mine.contains($0.id) && matches($0) }
        if needle.isEmpty || !mine.isEmpty {
            rows.append(.heading(prompts.focus.libraryMine))
            rows += mine.isEmpty ? [.note(prompts.focus.libraryMineEmpty)] : mine.map(Row.card)
        }
        for group in PracticeGroup.allCases {
            let cards = library.practices(in: group).filter(matches)
            guard !cards.isEmpty else { continue }
            rows.append(.heading(prompts.title(of: group)))
            rows += cards.map(Row.card)
        }
        self.rows = rows
        cards = rows.indices.filter { if case .card = rows[$0] { true } else { false } }
    }

    /// The card at row `index`, if that row is one.
    func card(at index: Int?) -> Practice? {
        guard let index, rows.indices.contains(index), case .card(let practice) = rows[index] else { return nil }
        return practice
    }

    /// The card row nearest `index` in `direction` (+1 down, -1 up), or
    /// `index` itself when it is one; nil when there is none that way.
    func cardRow(from index: Int, direction: Int) -> Int? {
        direction >= 0 ? cards.first { $0 >= index } : cards.last { $0 <= index }
    }

    /// The first card of the next heading's section after `index` (or
    /// before it, for `direction` -1), wrapping round.
    func sectionStart(after index: Int, direction: Int) -> Int? {
        let headings = rows.indices.filter { if case .heading = rows[$0] { true } else { false } }
        var starts: [Int] = []
        for (number, heading) in headings.enumerated() {
            let end = number + 1 < headings.count ? headings[number + 1] : rows.count
            if let first = cards.first(where: { $0 > heading && $0 < end }) { starts.append(first) }
        }
        guard !starts.isEmpty else { return nil }
        if direction >= 0 { return starts.first { $0 > index } ?? starts[0] }
        let current = starts.last { $0 <= index } ?? starts[0]
        return starts.last { $0 < current } ?? starts[starts.count - 1]
    }
}
