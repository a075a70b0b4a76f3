import TendCore
import TendJournalFormat

/// The journal's edits and deletes as a walk needs them: which ids they
/// name is known at once (a set, and a bit table for raw lines), while the
/// corrections themselves stay in their month files' cache form until a
/// record they name comes up. A walk that gives out ten records decodes the
/// corrections of at most those ten, not the journal's thousands.
struct PlannedCorrections {
    /// Every id an edit or a delete names.
    private(set) var targets: Set<RecordID> = []
    /// A bit per hash of each target's text, for `mayTouch(idBytes:)`.
    private var bits = [UInt64](repeating: 0, count: 1024)
    /// Each month file's corrections in `RecordCodec` form, decoded when first needed.
    private var archives: [[UInt8]] = []
    private var decoded: [Int: [Record]] = [:]
    private var archivesByTarget: [RecordID: [Int]] = [:]
    /// Corrections whose id is held by more than one line are resolved by
    /// the plan first: their lines are left out here, their winners kept.
    private var suspects: Set<UInt64> = []
    private var winners: [Record] = []

    init(suspects: Set<UInt64>, expectedTargets: Int = 0) {
        self.suspects = suspects
        targets.reserveCapacity(expectedTargets)
        archivesByTarget.reserveCapacity(expectedTargets)
    }

    var isEmpty: Bool { targets.isEmpty }

    /// Adds one file's corrections: their archive and the ids they name.
    mutating func add(archive: [UInt8], targets fileTargets: [String]) {
        guard !fileTargets.isEmpty else { return }
        let position = archives.count
        archives.append(archive)
        for text in fileTargets {
            guard let id = RecordID(text) else { continue }
            mark(text)
            targets.insert(id)
            if archivesByTarget[id]?.last != position { archivesByTarget[id, default: []].append(position) }
        }
    }

    /// Adds a correction that won among the versions of its id.
    mutating func add(winner record: Record) {
        guard let target = record.payload.target else { return }
        winners.append(record)
        mark(target.rawValue)
        targets.insert(target)
    }

    /// False when no edit or delete names the id spelled by `utf8`; true when one may.
    func mayTouch(idBytes utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let hash = LineScanner.idHash(utf8)
        return bits[Int((hash >> 6) & 1023)] & (1 << (hash & 63)) != 0
    }

    func touches(_ id: RecordID) -> Bool { targets.contains(id) }

    /// `record` as it stands after its edits, or nil when it was deleted.
    mutating func resolve(_ record: Record) -> Record? {
        guard targets.contains(record.id) else { return record }
        var corrections = Corrections()
        for position in archivesByTarget[record.id] ?? [] {
            for correction in decode(position) where correction.payload.target == record.id {
                if suspects.isEmpty || !suspects.contains(LineScanner.idHash(correction.id)) { corrections.add(correction) }
            }
        }
        for correction in winners where correction.payload.target == record.id { corrections.add(correction) }
        return corrections.resolve(record)
    }

    private mutating func decode(_ position: Int) -> [Record] {
        if let records = decoded[position] { return records }
        var records: [Record] = []
        _ = archives[position].withUnsafeBytes { RecordCodec.decode($0) { records.append($0); return true } }
        decoded[position] = records
        return records
    }

    private mutating func mark(_ text: String) {
        var text = text
        let hash = text.withUTF8 { LineScanner.idHash($0) }
        bits[Int((hash >> 6) & 1023)] |= 1 << (hash & 63)
    }
}
