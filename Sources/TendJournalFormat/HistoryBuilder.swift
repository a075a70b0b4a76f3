import TendCore

extension History {
    /// The history `lines` make, folded as the journal's readers fold them.
    public init(_ lines: some Sequence<Record>) {
        var builder = Builder()
        builder.add(Array(lines))
        self = builder.finish()
    }

    /// Folds lines into a `History` as they are read, so a reader can hand
    /// over each file's records and the journal is never held twice.
    ///
    /// Written to touch each record as little as possible: a record is a
    /// large value whose every copy retains its strings, so records are read
    /// in place, copied once into `records`, and ordered by small keys.
    public struct Builder: Sendable {
        /// Content records, one per id, in the order first seen.
        private var records: [Record] = []
        private var index = RecordIDIndex()
        private var conflicts: Set<RecordID> = []
        /// Edits and deletes, one per id.
        private var correctionRecords: [RecordID: Record] = [:]

        public init() {}

        /// A builder with room for about `count` records, so the journal is
        /// not copied each time its array outgrows its room. Room that is
        /// never filled costs address space, not memory.
        public init(expectedCount count: Int) {
            records.reserveCapacity(count)
            index = RecordIDIndex(expectedCount: count)
        }

        /// Adds the records of `lines`, in order.
        public mutating func add(_ lines: [Record]) {
            for line in lines.indices { add(lines[line]) }
        }

        /// Adds one line's record. Takes it over: a record handed in as it
        /// is decoded moves into place without a copy.
        public mutating func add(_ record: consuming Record) {
            if record.kind.isCorrection {
                // Corrections are few: kept by id, the same winner rule as records.
                if let kept = correctionRecords[record.id] {
                    // An edit the app made (typed) and its line read back are one version.
                    guard kept != record, kept.jsonLine != record.jsonLine else { return }
                    conflicts.insert(record.id)
                    if record.jsonLine.lexicographicallyPrecedes(kept.jsonLine) { return }
                }
                correctionRecords[record.id] = record
                return
            }
            let next = records.count
            let position = index.position(of: record.id, storing: next, in: records)
            if position == next {
                records.append(record)
            } else if records[position] != record {
                // Two versions of one id: the one whose JSON sorts last wins, whatever the order.
                conflicts.insert(record.id)
                if !record.jsonLine.lexicographicallyPrecedes(records[position].jsonLine) { records[position] = record }
            }
        }

        /// The history of everything added.
        public mutating func finish() -> History {
            var failures: [(edit: RecordID, reason: RecordError)] = []
            var deleted: [Int] = []
            // One id used by a record and by a correction: one line wins, as for any two versions.
            for (id, correction) in correctionRecords {
                guard let position = index.position(of: id, in: records) else { continue }
                conflicts.insert(id)
                if correction.jsonLine.lexicographicallyPrecedes(records[position].jsonLine) {
                    correctionRecords[id] = nil
                } else {
                    deleted.append(position)
                }
            }
            var corrections = Corrections()
            for correction in correctionRecords.values { corrections.add(correction) }
            // Only the records a correction names change; the rest stay where they are.
            let lost = Set(deleted)
            for target in corrections.targets {
                guard let position = index.position(of: target, in: records), !lost.contains(position) else { continue }
                let resolved = corrections.resolveReportingFailures(records[position])
                failures.append(contentsOf: resolved.failures)
                if let record = resolved.record { records[position] = record } else { deleted.append(position) }
            }
            let orphans = correctionRecords.values.filter { record in
                let target: RecordID
                switch record.payload {
                case .edit(let edit): target = edit.target
                case .delete(let delete): target = delete.target
                default: return false
                }
                guard let position = index.position(of: target, in: records) else { return true }
                return lost.contains(position)
            }
            index = RecordIDIndex()
            remove(at: deleted)
            Record.sortChronologically(&records)
            return History(records: records,
                           orphanCorrections: orphans.sorted(by: Record.chronologically),
                           conflicts: conflicts.sorted(),
                           failedEdits: failures.sorted { $0.edit < $1.edit })
        }

        /// One record per id, the winner of any two versions, edits and
        /// deletes included but not applied, oldest first: the journal's
        /// lines as every device should hold them (what `tend export
        /// --format json` writes, so an import elsewhere gives this history).
        public mutating func finishLines() -> [Record] {
            var lines: [Record] = []
            lines.reserveCapacity(records.count + correctionRecords.count)
            var lost: Set<Int> = []
            for (id, correction) in correctionRecords {
                if let position = index.position(of: id, in: records) {
                    if correction.jsonLine.lexicographicallyPrecedes(records[position].jsonLine) { continue }
                    lost.insert(position)
                }
                lines.append(correction)
            }
            for position in records.indices where !lost.contains(position) { lines.append(records[position]) }
            index = RecordIDIndex()
            records = []
            Record.sortChronologically(&lines)
            return lines
        }

        /// Removes the records at `positions`, keeping the order of the rest.
        /// Swaps through a buffer pointer: bitwise moves, no retains.
        private mutating func remove(at positions: [Int]) {
            guard !positions.isEmpty else { return }
            var gone = Array(repeating: false, count: records.count)
            for position in positions { gone[position] = true }
            let kept = records.withUnsafeMutableBufferPointer { buffer in
                var kept = 0
                for position in buffer.indices where !gone[position] {
                    if kept != position { buffer.swapAt(kept, position) }
                    kept += 1
                }
                return kept
            }
            records.removeLast(records.count - kept)
        }
    }
}
