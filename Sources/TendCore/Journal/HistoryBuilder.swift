extension History {
    /// Folds lines into a `History` as they are read, so a reader can hand
    /// over each file's records and the journal is never held twice.
    public struct Builder: Sendable {
        /// Content records, one per id, in the order first seen.
        private var records: [Record] = []
        private var positions: [RecordID: Int] = [:]
        private var conflicts: Set<RecordID> = []
        private var corrections = Corrections()
        private var correctionRecords: [RecordID: Record] = [:]

        public init() {}

        /// Adds every record of `lines`, in order. Takes an array: a generic
        /// loop called from another module is not specialised.
        public mutating func add(_ lines: [Record]) {
            for record in lines { add(record) }
        }

        /// Adds one line's record.
        public mutating func add(_ record: Record) {
            if corrections.add(record) {
                correctionRecords[record.id] = record
                return
            }
            // One hash lookup: the default is stored when the id is new.
            let next = records.count
            let position = Self.value(of: &positions[record.id, default: next])
            guard position != next else {
                records.append(record)
                return
            }
            let existing = records[position]
            guard existing != record else { return }
            // Two versions of one id: the one whose JSON sorts last wins, whatever the order.
            conflicts.insert(record.id)
            if !record.jsonLine.lexicographicallyPrecedes(existing.jsonLine) { records[position] = record }
        }

        /// The history of everything added.
        public mutating func finish() -> History {
            var failures: [(edit: RecordID, reason: RecordError)] = []
            var deleted: [Int] = []
            // Only the records a correction names change; the rest stay where they are.
            for target in corrections.targets {
                guard let position = positions[target] else { continue }
                let resolved = corrections.resolveReportingFailures(records[position])
                failures.append(contentsOf: resolved.failures)
                if let record = resolved.record { records[position] = record } else { deleted.append(position) }
            }
            remove(at: deleted)
            let orphans = correctionRecords.values.filter { record in
                switch record.payload {
                case .edit(let edit): return positions[edit.target] == nil
                case .delete(let delete): return positions[delete.target] == nil
                default: return false
                }
            }
            positions = [:]
            return History(records: Record.sortedChronologically(records),
                           orphanCorrections: orphans.sorted(by: Record.chronologically),
                           conflicts: conflicts.sorted(),
                           failedEdits: failures.sorted { $0.edit < $1.edit })
        }

        private static func value(of slot: inout Int) -> Int { slot }

        /// Removes the records at `positions` in place, keeping the order of the rest.
        private mutating func remove(at positions: [Int]) {
            guard !positions.isEmpty else { return }
            var gone = Array(repeating: false, count: records.count)
            for position in positions { gone[position] = true }
            var kept = 0
            for position in records.indices where !gone[position] {
                if kept != position { records.swapAt(kept, position) }
                kept += 1
            }
            records.removeLast(records.count - kept)
        }
    }
}
