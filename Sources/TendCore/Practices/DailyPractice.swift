/// Chooses today's practice: the same card all day (reopening the app does
/// not change it), a different one each day, none repeated within the last
/// two weeks, and within the user's preferences.
///
/// How: the day's candidates are the cards the preferences allow, shuffled
/// by a stable hash once per cycle of as many days as there are cards, and
/// read from the day's position in that cycle; so even without history the
/// days walk through the whole set. Cards picked on recent days move to the
/// back, the least recently used first. Offsets ("another suggestion") step
/// through that same order.
///
/// "My practices" (cards kept after a week's focus) come back more often:
/// every `mineEvery`th day leads with one of them, the least recently used
/// first, so with one kept card it returns every few days and with several
/// they take turns. Hidden cards and cards outside the preferences are not
/// brought back this way.
public struct DailyPractice: Sendable {
    /// How many days a picked card stays out of the running.
    public static let repeatWindowDays = 14
    /// One day in this many leads with one of "my practices".
    public static let mineEvery = 3

    public var library: PracticeLibrary
    public var preferences: PracticePreferences

    public init(library: PracticeLibrary, preferences: PracticePreferences) {
        self.library = library
        self.preferences = preferences
    }

    /// The suggestion for a day.
    /// - Parameters:
    ///   - day: the calendar day (see `DayNumber`).
    ///   - recent: ids picked on the days before `day`, oldest first; only
    ///     the last `repeatWindowDays` are used. Leave today's pick out, or
    ///     the day's choice would move.
    ///   - offset: 0 for the day's pick, 1, 2… for the next candidates.
    /// - Returns: nil only when the library has no cards at all.
    public func suggestion(forDay day: Int, recent: [String] = [], offset: Int = 0) -> PracticeSuggestion? {
        let (order, matches) = candidates(forDay: day, recent: recent)
        guard !order.isEmpty else { return nil }
        let index = ((offset % order.count) + order.count) % order.count
        return PracticeSuggestion(
            practice: order[index], offset: offset,
            candidateCount: order.count, matchesPreferences: matches
        )
    }

    /// The day's candidates, best first, and whether they match the
    /// preferences (false when the preferences had to be relaxed).
    public func candidates(forDay day: Int, recent: [String] = []) -> (practices: [Practice], matchesPreferences: Bool) {
        let (pool, matches) = self.pool()
        guard !pool.isEmpty else { return ([], matches) }
        let cycleLength = pool.count
        let cycle = DayNumbering.floorDivide(day, cycleLength)
        let position = day - cycle * cycleLength
        let shuffled = pool.sorted {
            let left = StableHash.of($0.id, seed: cycle), right = StableHash.of($1.id, seed: cycle)
            return left != right ? left < right : $0.id < $1.id
        }
        let rotated = Array(shuffled[position...] + shuffled[..<position])

        let window = recent.suffix(Self.repeatWindowDays)
        var lastUse: [String: Int] = [:]
        for (index, id) in window.enumerated() { lastUse[id] = index }
        let fresh = rotated.filter { lastUse[$0.id] == nil }
        let used = rotated.filter { lastUse[$0.id] != nil }
            .sorted { (lastUse[$0.id] ?? 0) < (lastUse[$1.id] ?? 0) }
        let order = fresh + used
        guard DayNumbering.floorModulo(day, Self.mineEvery) == 0, !preferences.mine.isEmpty else { return (order, matches) }
        // A day for one of "my practices": the one used longest ago leads.
        let mine = rotated.filter { preferences.mine.contains($0.id) }
            .sorted { (lastUse[$0.id] ?? -1) < (lastUse[$1.id] ?? -1) }
        return (mine + order.filter { !preferences.mine.contains($0.id) }, matches)
    }

    /// The cards the preferences allow; when they allow none, the nearest
    /// wider set: drop the people filter, then the group filter, then show
    /// hidden cards rather than nothing.
    private func pool() -> ([Practice], Bool) {
        let visible = library.practices.filter { !preferences.hidden.contains($0.id) }
        let exact = visible.filter { preferences.admitsGroup(of: $0) && preferences.admitsAudience(of: $0) }
        if !exact.isEmpty { return (exact, true) }
        let wider = [
            visible.filter(preferences.admitsGroup),
            visible.filter(preferences.admitsAudience),
            visible,
            library.practices,
        ]
        return (wider.first { !$0.isEmpty } ?? [], false)
    }
}
