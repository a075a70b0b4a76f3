import TendCore
import TendJournalFormat

/// Every listed entry of the journal, newest first, with what browsing needs
/// worked out once: each entry's local day, its person, and its text folded
/// for case- and accent-insensitive search (all folded text in one buffer,
/// so 100,000 entries cost a few megabytes and a search is one pass).
struct BrowseIndex: Equatable, Sendable {
    /// Someone the entries are about; names `PersonName` matches are one person.
    struct Person: Hashable, Sendable {
        /// The spelling of the newest entry about them.
        var name: String
        var folded: [UInt8]
    }

    /// What applying a saved record did.
    enum Change: Equatable, Sendable {
        case edited(position: Int)
        case deleted(position: Int)
        case added(position: Int)
        /// The record names nothing here, or is not listed.
        case none
        /// The edit could not be applied; the reason, for the user.
        case refused(String)
    }

    /// The entries, newest first: by local day, then time, then id.
    private(set) var records: [Record] = []
    /// Each entry's local day (days since 1970-01-01).
    private(set) var days: [Int32] = []
    /// Each entry's person, an index into `people`, or -1.
    private(set) var personIDs: [Int32] = []
    private(set) var people: [Person] = []
    private var personByFolded: [[UInt8]: Int32] = [:]
    /// Folded search text of every entry, end to end; `keyRanges[i]` is entry i's.
    private var keys: [UInt8] = []
    private var keyRanges: [Range<Int>] = []
    /// Names the practices in the lines that are searched.
    private var practices: PracticeLibrary

    /// Two indexes are the same when they list the same entries the same way
    /// (the practice library only names things in the search text).
    static func == (a: BrowseIndex, b: BrowseIndex) -> Bool {
        a.records == b.records && a.days == b.days && a.personIDs == b.personIDs && a.keys == b.keys
    }

    init(records unordered: [Record] = [], practices: PracticeLibrary = .builtIn) {
        self.practices = practices
        var folder = SearchFolder()
        let listed = unordered.filter(EntryText.isListed)
        let localDays = listed.map { Int32($0.localDay.daysSinceEpoch) }
        let order = listed.indices.sorted { a, b in
            if localDays[a] != localDays[b] { return localDays[a] > localDays[b] }
            return Record.chronologically(listed[b], listed[a])
        }
        records.reserveCapacity(order.count)
        days.reserveCapacity(order.count)
        personIDs.reserveCapacity(order.count)
        keyRanges.reserveCapacity(order.count)
        keys.reserveCapacity(order.count * 64)
        var personCache: [String: Int32] = [:]
        for i in order {
            let record = listed[i]
            records.append(record)
            days.append(localDays[i])
            personIDs.append(personID(of: record, cache: &personCache, folder: &folder))
            keyRanges.append(appendKey(of: record, folder: &folder))
        }
    }

    var count: Int { records.count }
    var isEmpty: Bool { records.isEmpty }

    func day(at position: Int) -> LocalDay { LocalDay(daysSinceEpoch: Int(days[position])) }

    func person(at position: Int) -> Person? {
        let id = personIDs[position]
        return id >= 0 ? people[Int(id)] : nil
    }

    func position(of id: RecordID) -> Int? { records.firstIndex { $0.id == id } }

    /// The offsets into `candidates` (index positions) of the entries whose
    /// text holds `needle` (folded), in order.
    func offsets(of candidates: [Int32], matching needle: [UInt8]) -> [Int] {
        guard !needle.isEmpty else { return [] }
        return keys.withUnsafeBufferPointer { buffer in
            var result: [Int] = []
            for (offset, position) in candidates.enumerated()
            where SearchFolder.contains(UnsafeBufferPointer(rebasing: buffer[keyRanges[Int(position)]]), needle) {
                result.append(offset)
            }
            return result
        }
    }

    /// True when entry `position`'s text holds `needle` (folded).
    func matches(_ position: Int, _ needle: [UInt8]) -> Bool {
        !offsets(of: [Int32(position)], matching: needle).isEmpty
    }

    /// Folds `record` in: an edit or delete changes the entry it names, a new
    /// entry takes its place in the order.
    mutating func apply(_ saved: Record) -> Change {
        var folder = SearchFolder()
        var cache: [String: Int32] = [:]
        switch saved.payload {
        case .edit(let edit):
            guard let position = position(of: edit.target) else { return .none }
            let edited: Record
            do {
                edited = try records[position].applying(edit)
            } catch {
                return .refused("That change could not be kept: \(error)")
            }
            records[position] = edited
            personIDs[position] = personID(of: edited, cache: &cache, folder: &folder)
            keyRanges[position] = appendKey(of: edited, folder: &folder)
            return .edited(position: position)
        case .delete(let delete):
            guard let position = position(of: delete.target) else { return .none }
            records.remove(at: position)
            days.remove(at: position)
            personIDs.remove(at: position)
            keyRanges.remove(at: position)
            return .deleted(position: position)
        default:
            guard EntryText.isListed(saved), position(of: saved.id) == nil else { return .none }
            let day = Int32(saved.localDay.daysSinceEpoch)
            let position = records.indices.first { i in
                days[i] < day || (days[i] == day && Record.chronologically(records[i], saved))
            } ?? records.count
            records.insert(saved, at: position)
            days.insert(day, at: position)
            personIDs.insert(personID(of: saved, cache: &cache, folder: &folder), at: position)
            keyRanges.insert(appendKey(of: saved, folder: &folder), at: position)
            return .added(position: position)
        }
    }

    private mutating func personID(of record: Record, cache: inout [String: Int32], folder: inout SearchFolder) -> Int32 {
        guard let raw = record.payload.person else { return -1 }
        if let known = cache[raw] { return known }
        let name = raw.trimmed()
        guard !name.isEmpty else { cache[raw] = -1; return -1 }
        let folded = PersonName.key(name, folder: &folder)
        let id: Int32
        if let existing = personByFolded[folded] {
            id = existing
        } else {
            id = Int32(people.count)
            people.append(Person(name: name, folded: folded))
            personByFolded[folded] = id
        }
        cache[raw] = id
        return id
    }

    /// Appends the folded text of `record` to `keys`: the person of an
    /// appreciation, a separator no text folds to, then its line.
    private mutating func appendKey(of record: Record, folder: inout SearchFolder) -> Range<Int> {
        let start = keys.count
        if EntryText.isAppreciation(record) {
            append(EntryText.label(of: record), folder: &folder)
            keys.append(0)
        }
        append(EntryText.line(of: record, practices: practices), folder: &folder)
        return start..<keys.count
    }

    private mutating func append(_ text: String, folder: inout SearchFolder) {
        var clean = SafeText.needsCleaning(text) ? SafeText.line(text) : text
        clean.withUTF8 { folder.fold($0, into: &keys) }
    }
}
