import TendCore

/// What a journal says, defined as plainly as possible (FORMAT.md, "Rules
/// readers follow"). Slow on purpose and never used to read a journal:
/// it is the definition every fast reader is tested and fuzzed against.
///
/// 1. Every line that reads as a record counts, in any file and any order;
///    the others (torn, hand-broken) are skipped.
/// 2. One record per id: when lines share an id but differ, the one whose
///    JSON, as Tend writes it, sorts last wins.
/// 3. A delete hides the record it names.
/// 4. Edits apply to the record they name in time order, then by id; an edit
///    that would make the record invalid is left out.
/// 5. The result is sorted by time, then by id.
public enum ReferenceFold {
    /// A line that reads as a record, with the line Tend would write for it.
    public typealias Parsed = (line: [UInt8], record: Record)

    /// The lines of `lines` that read as records (rule 1).
    public static func parse(_ lines: [[UInt8]]) -> [Parsed] {
        lines.compactMap { bytes in (try? Record(line: bytes)).map { ($0.jsonLine, $0) } }
    }

    /// The records `lines` define, oldest first.
    public static func history(of lines: [[UInt8]]) -> [Record] {
        history(of: parse(lines))
    }

    /// The records parsed lines define, oldest first.
    public static func history(of parsed: [Parsed]) -> [Record] {
        let winners = self.winners(of: parsed)
        var deleted: Set<RecordID> = []
        var edits: [Record] = []
        for record in winners {
            switch record.payload {
            case .delete(let delete): deleted.insert(delete.target)
            case .edit: edits.append(record)
            default: break
            }
        }
        edits.sort(by: Record.chronologically)
        var result: [Record] = []
        for record in winners where !record.kind.isCorrection && !deleted.contains(record.id) {
            var current = record
            for line in edits {
                guard case .edit(let edit) = line.payload, edit.target == record.id,
                      let changed = try? current.applying(edit) else { continue }
                current = changed
            }
            result.append(current)
        }
        return result.sorted(by: Record.chronologically)
    }

    /// One record per id (rule 2), corrections included, oldest first.
    public static func winners(of parsed: [Parsed]) -> [Record] {
        var versions: [RecordID: Parsed] = [:]
        for (line, record) in parsed {
            if let kept = versions[record.id], !kept.line.lexicographicallyPrecedes(line) { continue }
            versions[record.id] = (line, record)
        }
        return versions.values.map(\.record).sorted(by: Record.chronologically)
    }

    /// Ids that appear with more than one version.
    public static func conflicts(of parsed: [Parsed]) -> Set<RecordID> {
        var versions: [RecordID: Set<[UInt8]>] = [:]
        for (line, record) in parsed { versions[record.id, default: []].insert(line) }
        return Set(versions.filter { $0.value.count > 1 }.keys)
    }

    /// Every line of `bytes`, split at each newline.
    public static func lines(of bytes: [UInt8]) -> [[UInt8]] {
        bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
    }
}
