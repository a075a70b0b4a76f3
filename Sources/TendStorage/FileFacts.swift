import TendCore
import TendJournalFormat

/// What a reader must know about a month file before opening it, so that
/// reading newest first can stop early and still agree with the whole
/// history: how new its newest record is, its edits and deletes, and which
/// ids it holds. Kept in the cache's `JournalIndex`; rebuilt from the file
/// (fully parsed, the same parser every reader uses) when the file changes.
struct FileFacts: Sendable, Equatable {
    /// The file's identity before it was read.
    var identity: FileIdentity
    /// The latest instant (seconds since 1970) of a record that is not an
    /// edit or a delete; nil when there is none. Edits cannot change a time.
    var newest: Int64?
    /// Every edit and delete in the file, in `RecordCodec` form (decoded
    /// only when a record they name is read), and the ids they name.
    var correctionArchive: [UInt8]
    var correctionTargets: [String]
    /// A hash (`LineScanner.idHash`) of every id in the file, sorted, each once.
    var ids: [UInt64]
    /// Hashes of ids that have more than one version in this file.
    var conflicting: [UInt64]
    /// True when `LineScanner.quickID` finds the right id on every line of the
    /// file that is a record (always, for lines Tend wrote).
    var quickIDsAreRight: Bool

    init(identity: FileIdentity, newest: Int64?, correctionArchive: [UInt8], correctionTargets: [String],
         ids: [UInt64], conflicting: [UInt64], quickIDsAreRight: Bool) {
        self.identity = identity
        self.newest = newest
        self.correctionArchive = correctionArchive
        self.correctionTargets = correctionTargets
        self.ids = ids
        self.conflicting = conflicting
        self.quickIDsAreRight = quickIDsAreRight
    }

    /// The facts of a file read as `contents`.
    init(identity: FileIdentity, contents: MonthFileContents) {
        self.init(identity: identity, records: contents.records)
        quickIDsAreRight = contents.quickIDsAreRight
    }

    /// The facts of a file whose records are `records`.
    init(identity: FileIdentity, records: [Record]) {
        self.identity = identity
        quickIDsAreRight = false
        var newest: Int64? = nil
        var corrections: [Record] = []
        var versions: [RecordID: Record] = [:]
        var conflicting: Set<UInt64> = []
        versions.reserveCapacity(records.count)
        for record in records {
            if record.kind.isCorrection {
                corrections.append(record)
            } else {
                newest = max(newest ?? record.time.secondsSince1970, record.time.secondsSince1970)
            }
            if let other = versions.updateValue(record, forKey: record.id), other != record {
                conflicting.insert(LineScanner.idHash(record.id))
            }
        }
        self.newest = newest
        correctionArchive = corrections.isEmpty ? [] : RecordCodec.encode(corrections) ?? []
        correctionTargets = corrections.compactMap { $0.payload.target?.rawValue }
        ids = Array(Set(versions.keys.map(LineScanner.idHash))).sorted()
        self.conflicting = conflicting.sorted()
    }

    /// The file's edits and deletes, decoded.
    var corrections: [Record] {
        var records: [Record] = []
        _ = correctionArchive.withUnsafeBytes { RecordCodec.decode($0) { records.append($0); return true } }
        return records
    }

    /// True when an id with this hash is in the file.
    func mayHold(_ hash: UInt64) -> Bool {
        var low = 0, high = ids.count
        while low < high {
            let middle = (low + high) / 2
            if ids[middle] < hash { low = middle + 1 } else { high = middle }
        }
        return low < ids.count && ids[low] == hash
    }
}
