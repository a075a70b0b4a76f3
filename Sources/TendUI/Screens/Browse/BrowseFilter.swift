import TendCore

/// Which entries the list shows: everything or appreciations only, and
/// optionally one person or one date across earlier months and years.
struct BrowseFilter: Hashable, Sendable {
    enum Scope: Hashable, Sendable {
        case everyone
        /// Entries about one person (an index into `BrowseIndex.people`).
        case person(Int32)
        /// "On this day": the same day of the month as `today`, in earlier
        /// months and years. A month too short for it counts its last day.
        case onThisDay(LocalDay)
    }

    var appreciationsOnly = false
    /// Only appreciations that have not been sent yet.
    var unsentOnly = false
    var scope = Scope.everyone

    /// The positions in `index` this filter keeps, newest first.
    func positions(in index: BrowseIndex) -> [Int32] {
        var result: [Int32] = []
        result.reserveCapacity(index.count)
        for position in 0..<index.count where keeps(position, in: index) { result.append(Int32(position)) }
        return result
    }

    func keeps(_ position: Int, in index: BrowseIndex) -> Bool {
        if appreciationsOnly, !EntryText.isAppreciation(index.records[position]) { return false }
        if unsentOnly, !EntryText.isUnsent(index.records[position]) { return false }
        switch scope {
        case .everyone:
            return true
        case .person(let id):
            return index.personIDs[position] == id
        case .onThisDay(let today):
            return Self.isSameDate(index.day(at: position), as: today)
        }
    }

    /// True when `day` falls on `today`'s date in an earlier month or year.
    static func isSameDate(_ day: LocalDay, as today: LocalDay) -> Bool {
        guard day < today, day.day <= today.day else { return false }
        if day.day == today.day { return true }
        // The 31st in a 30-day month: its last day stands in.
        return day.adding(days: 1).month != day.month
    }
}
