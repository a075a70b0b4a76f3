/// The journal as one story: every line from every file (and every machine)
/// merged by id, edits applied, deletes removed, oldest first.
///
/// Lines may arrive duplicated, interleaved or out of order; the result is
/// the same. When two lines share an id but differ (which only a hand edit
/// or an id collision can cause), the one whose JSON sorts last wins on
/// every machine, and the id is listed in `conflicts`.
public struct History: Sendable {
    /// Content records (no edits or deletes), oldest first.
    public let records: [Record]
    /// Edits and deletes whose target is not in the journal (yet).
    public let orphanCorrections: [Record]
    /// Ids that appear with different contents.
    public let conflicts: [RecordID]
    /// Edits that could not be applied, with the reason.
    public let failedEdits: [(edit: RecordID, reason: RecordError)]

    public init(_ lines: some Sequence<Record>) {
        var byID: [RecordID: Record] = [:]
        byID.reserveCapacity(lines.underestimatedCount)
        var conflicts: Set<RecordID> = []
        var corrections = Corrections()
        var correctionRecords: [RecordID: Record] = [:]
        for record in lines {
            if corrections.add(record) {
                correctionRecords[record.id] = record
                continue
            }
            if let existing = byID[record.id] {
                if existing != record {
                    conflicts.insert(record.id)
                    if record.jsonLine.lexicographicallyPrecedes(existing.jsonLine) { continue }
                    byID[record.id] = record
                }
            } else {
                byID[record.id] = record
            }
        }
        var failures: [(edit: RecordID, reason: RecordError)] = []
        var result: [Record] = []
        result.reserveCapacity(byID.count)
        for record in byID.values {
            let resolved = corrections.resolveReportingFailures(record)
            failures.append(contentsOf: resolved.failures)
            if let folded = resolved.record { result.append(folded) }
        }
        records = Record.sortedChronologically(result)
        let known = Set(byID.keys)
        orphanCorrections = correctionRecords.values
            .filter { record in
                switch record.payload {
                case .edit(let edit): return !known.contains(edit.target)
                case .delete(let delete): return !known.contains(delete.target)
                default: return false
                }
            }
            .sorted(by: Record.chronologically)
        self.conflicts = conflicts.sorted()
        failedEdits = failures.sorted { $0.edit < $1.edit }
    }

    /// The record with `id`, as it stands now.
    public func record(id: RecordID) -> Record? {
        records.first { $0.id == id }
    }
}
