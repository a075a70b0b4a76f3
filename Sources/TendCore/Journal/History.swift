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

    package init(records: [Record], orphanCorrections: [Record], conflicts: [RecordID], failedEdits: [(edit: RecordID, reason: RecordError)]) {
        self.records = records
        self.orphanCorrections = orphanCorrections
        self.conflicts = conflicts
        self.failedEdits = failedEdits
    }

    /// The record with `id`, as it stands now.
    public func record(id: RecordID) -> Record? {
        records.first { $0.id == id }
    }
}
