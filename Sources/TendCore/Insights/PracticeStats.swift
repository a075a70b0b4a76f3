/// The practices chosen at check-ins over the last 30 days: how many were
/// chosen, how many the bedtime question says were done, the ones done
/// most, and the group tried least.
public struct PracticeStats: Hashable, Sendable {
    public static let days = 30

    /// A practice and how often it was done.
    public struct Done: Hashable, Sendable {
        public var id: String
        public var name: String
        public var count: Int
    }

    public private(set) var chosen = 0
    public private(set) var done = 0
    /// Answered "no" at bedtime.
    public private(set) var notDone = 0
    private var doneByID: [String: Int] = [:]
    private var chosenByID: [String: Int] = [:]

    init() {}

    mutating func add(_ checkIn: CheckIn) {
        chosen += 1
        chosenByID[checkIn.practice, default: 0] += 1
        switch checkIn.practiceDone {
        case true?:
            done += 1
            doneByID[checkIn.practice, default: 0] += 1
        case false?: notDone += 1
        case nil: break
        }
    }

    /// Chosen and never answered.
    public var unanswered: Int { chosen - done - notDone }

    /// The practices done most, most first (ties by name), at most `limit`.
    public func mostDone(limit: Int = 3, library: PracticeLibrary) -> [Done] {
        let rows = doneByID.map { id, count in Done(id: id, name: library.practice(withID: id)?.name ?? id, count: count) }
        return Array(rows.sorted { a, b in
            a.count != b.count ? a.count > b.count : a.name.lowercased() < b.name.lowercased()
        }.prefix(max(0, limit)))
    }

    /// The group with the fewest choices among the groups that have cards,
    /// in the library's order on a tie; nil before anything was chosen.
    public func leastTriedGroup(library: PracticeLibrary) -> PracticeGroup? {
        guard chosen > 0 else { return nil }
        var byGroup: [PracticeGroup: Int] = [:]
        for (id, count) in chosenByID {
            if let group = library.practice(withID: id)?.group { byGroup[group, default: 0] += count }
        }
        let groups = PracticeGroup.allCases.filter { !library.practices(in: $0).isEmpty }
        return groups.min { byGroup[$0, default: 0] < byGroup[$1, default: 0] }
    }
}
