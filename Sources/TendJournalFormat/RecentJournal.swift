import TendCore

import Foundation

/// The last few weeks of the journal, folded (edits and deletes applied):
/// everything home and the rituals need, without reading all of history.
///
/// Home draws from it on every frame, so questions about a day or a week
/// look only at the newest records, and the days with a ritual are kept
/// up to date as records arrive rather than worked out on each frame.
public struct RecentJournal: Sendable {
    /// The raw lines, so a new edit or delete can be folded in again.
    private var lines: [Record]
    /// Live records, oldest first.
    public private(set) var records: [Record]
    /// Days on which at least one ritual was done.
    public private(set) var activeDays: Set<LocalDay>

    public init(lines: [Record] = []) {
        self.lines = lines
        records = History(lines).records
        activeDays = Self.activeDays(of: records)
    }

    /// Adds a record just saved. A new record goes at the end; anything
    /// else (an edit, a delete, an id already here or already corrected, an
    /// older time) folds
    /// the lines again, so the result is always what `History` makes of them.
    public mutating func add(_ record: Record) {
        let appends = !record.kind.isCorrection && records.last.map { !Record.chronologically(record, $0) } != false
            && !lines.contains { $0.id == record.id || $0.payload.target == record.id }
        lines.append(record)
        if appends {
            records.append(record)
            if let day = record.ritualDay { activeDays.insert(day) }
        } else {
            records = History(lines).records
            activeDays = Self.activeDays(of: records)
        }
    }

    /// The records written on `first` or later, oldest first. Records are in
    /// time order, so this looks back from the end and stops a day early
    /// (a record's day depends on its own UTC offset).
    public func records(from first: LocalDay) -> ArraySlice<Record> {
        let bound = Int64(first.daysSinceEpoch - 1) * 86_400
        var start = records.endIndex
        while start > records.startIndex, records[start - 1].time.secondsSince1970 >= bound { start -= 1 }
        return records[start...]
    }

    public func checkIns(on day: LocalDay) -> [(record: Record, checkIn: CheckIn)] {
        records(from: day).compactMap { r in
            if case .checkIn(let c) = r.payload, r.localDay == day { return (r, c) }
            return nil
        }
    }

    public func pauses(on day: LocalDay) -> [Pause] {
        records(from: day).compactMap { r in
            if case .pause(let p) = r.payload, r.localDay == day { return p }
            return nil
        }
    }

    public func appreciations(from first: LocalDay, through last: LocalDay) -> [Appreciation] {
        records(from: first).compactMap { r in
            guard case .appreciation(let a) = r.payload else { return nil }
            return (first...last).contains(r.localDay) ? a : nil
        }
    }

    /// Names used before, most recent first, each person once (in their
    /// newest spelling; see `PersonName`).
    public var people: [String] {
        var seen = Set<[UInt8]>(), spellings = Set<String>(), names: [String] = []
        var folder = SearchFolder()
        for record in records.reversed() {
            // The same few spellings come back again and again: fold each once.
            guard let raw = record.payload.person, spellings.insert(raw).inserted else { continue }
            let name = raw.trimmed()
            if !name.isEmpty, seen.insert(PersonName.key(name, folder: &folder)).inserted { names.append(name) }
        }
        return names
    }

    /// Practice ids chosen at check-ins on the days in the range, oldest first.
    public func practiceIDs(from first: LocalDay, through last: LocalDay) -> [String] {
        records(from: first).compactMap { r in
            if case .checkIn(let c) = r.payload, (first...last).contains(r.localDay) { return c.practice }
            return nil
        }
    }

    private static func activeDays(of records: [Record]) -> Set<LocalDay> {
        Set(records.compactMap(\.ritualDay))
    }

    /// The forgiving streak on `today`.
    public func streak(on today: LocalDay) -> Int {
        ForgivingStreak.length(activeDays: activeDays, today: today)
    }
}
