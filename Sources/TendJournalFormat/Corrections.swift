import TendCore

/// The edits and deletes read so far, ready to apply to the records they name.
///
/// Edits apply in time order (then by id), so every machine that holds the
/// same lines shows the same result, whatever order the lines arrived in.
public struct Corrections: Sendable {
    private var edits: [RecordID: [Record]] = [:]
    private var deleted: [RecordID: RecordID] = [:]
    private var seen: Set<RecordID> = []
    /// A bit per hash of each target's id, for `mayTouch`.
    private var targetBits = [UInt64](repeating: 0, count: 1024)

    public init() {}

    /// Adds `record` if it is an edit or a delete; returns false otherwise.
    @discardableResult
    public mutating func add(_ record: Record) -> Bool {
        switch record.payload {
        case .edit(let edit):
            if seen.insert(record.id).inserted { edits[edit.target, default: []].append(record) }
            mark(edit.target)
            return true
        case .delete(let delete):
            if seen.insert(record.id).inserted, deleted[delete.target] == nil { deleted[delete.target] = record.id }
            mark(delete.target)
            return true
        default:
            return false
        }
    }

    /// True when an edit or a delete names `id`.
    public func touches(_ id: RecordID) -> Bool {
        edits[id] != nil || deleted[id] != nil
    }

    /// False when no edit or delete names the id spelled by `utf8`; true
    /// when one may (then ask `touches`). Costs a hash of the bytes, so a
    /// reader can pass over a line without making its id.
    public func mayTouch(idBytes utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let hash = Self.hash(utf8)
        return targetBits[(hash >> 6) & 1023] & (1 << (hash & 63)) != 0
    }

    private mutating func mark(_ target: RecordID) {
        var text = target.rawValue
        let hash = text.withUTF8(Self.hash)
        targetBits[(hash >> 6) & 1023] |= 1 << (hash & 63)
    }

    private static func hash(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        let hash = StableHash.fnv1a(utf8)
        return Int(truncatingIfNeeded: hash ^ hash >> 32)
    }

    /// True when nothing has been gathered.
    public var isEmpty: Bool { edits.isEmpty && deleted.isEmpty }

    /// Every id an edit or a delete names.
    public var targets: Set<RecordID> { Set(edits.keys).union(deleted.keys) }

    /// The corrections (edits and deletes) that name `id`.
    public func corrections(of id: RecordID) -> [RecordID] {
        (edits[id] ?? []).map(\.id) + (deleted[id].map { [$0] } ?? [])
    }

    /// `record` as it stands after its edits, or nil when it was deleted.
    public func resolve(_ record: Record) -> Record? {
        resolveReportingFailures(record).record
    }

    /// Like `resolve`, and also the edits that could not be applied and why.
    public func resolveReportingFailures(_ record: Record) -> (record: Record?, failures: [(edit: RecordID, reason: RecordError)]) {
        if deleted[record.id] != nil { return (nil, []) }
        guard let list = edits[record.id] else { return (record, []) }
        var current = record
        var failures: [(edit: RecordID, reason: RecordError)] = []
        for editRecord in list.sorted(by: Record.chronologically) {
            guard case .edit(let edit) = editRecord.payload else { continue }
            do {
                current = try current.applying(edit)
            } catch {
                failures.append((editRecord.id, error))
            }
        }
        return (current, failures)
    }
}
