import Foundation

/// The last few weeks of the journal, folded (edits and deletes applied):
/// everything home and the rituals need, without reading all of history.
public struct RecentJournal: Sendable {
    /// The raw lines, so a new edit or delete can be folded in again.
    private var lines: [Record]
    /// Live records, oldest first.
    public private(set) var records: [Record]

    public init(lines: [Record] = []) {
        self.lines = lines
        records = History(lines).records
    }

    /// Adds a record just saved.
    public mutating func add(_ record: Record) {
        lines.append(record)
        switch record.payload {
        case .edit, .delete: records = History(lines).records
        default: records.append(record)
        }
    }

    public func checkIns(on day: LocalDay) -> [(record: Record, checkIn: CheckIn)] {
        records.compactMap { r in
            if case .checkIn(let c) = r.payload, r.localDay == day { return (r, c) }
            return nil
        }
    }

    public func pauses(on day: LocalDay) -> [Pause] {
        records.compactMap { r in
            if case .pause(let p) = r.payload, r.localDay == day { return p }
            return nil
        }
    }

    public func appreciations(from first: LocalDay, through last: LocalDay) -> [Appreciation] {
        records.compactMap { r in
            guard case .appreciation(let a) = r.payload else { return nil }
            return (first...last).contains(r.localDay) ? a : nil
        }
    }

    /// Names used before, most recent first, each once.
    public var people: [String] {
        var seen = Set<String>(), names: [String] = []
        for record in records.reversed() {
            guard let name = record.payload.person?.trimmingCharacters(in: .whitespaces), !name.isEmpty else { continue }
            if seen.insert(name.lowercased()).inserted { names.append(name) }
        }
        return names
    }

    /// Practice ids chosen at check-ins on the days in the range, oldest first.
    public func practiceIDs(from first: LocalDay, through last: LocalDay) -> [String] {
        records.compactMap { r in
            if case .checkIn(let c) = r.payload, (first...last).contains(r.localDay) { return c.practice }
            return nil
        }
    }

    /// Days on which at least one ritual was done.
    public var activeDays: Set<LocalDay> {
        Set(records.compactMap { r in
            switch r.payload {
            case .checkIn, .appreciation, .repair: return r.localDay
            case .pause(let p): return p.outcome == .completed ? r.localDay : nil
            default: return nil
            }
        })
    }

    /// The forgiving streak on `today`.
    public func streak(on today: LocalDay) -> Int {
        ForgivingStreak.length(activeDays: activeDays, today: today)
    }
}

extension Record {
    /// The calendar day the record was written, in its own UTC offset.
    public var localDay: LocalDay {
        let local = time.local
        return LocalDay(daysSinceEpoch: Int(CivilDateTime.daysFromCivil(year: local.year, month: local.month, day: local.day)))
    }
}
