import TendCore
import TendJournalFormat

/// The facts of every month file (`FileFacts`) and the ids that more than
/// one file holds, kept in the cache beside the month caches, so `tend log`
/// and home read one small file instead of every month. Entries are believed
/// only while their file's identity is the same; like all of the cache, it is
/// never the source of truth.
///
/// Two files: `index` (read by every walk) and `ids` (each file's id
/// hashes, most of the bytes, read only when suspects must be found again or
/// resolved). Both carry the same generation, so one never speaks for the
/// other's older self.
struct JournalIndex: Sendable, Equatable {
    /// Facts by the month file's path.
    var facts: [String: FileFacts] = [:]
    /// Hashes of ids that need their winner found across files before a walk:
    /// held by two files or more, or with two versions in one.
    var suspects: [UInt64] = []

    /// Works out `suspects` from the facts.
    mutating func findSuspects() {
        var all: [UInt64] = []
        all.reserveCapacity(facts.values.reduce(0) { $0 + $1.ids.count })
        var found: Set<UInt64> = []
        for entry in facts.values {
            all.append(contentsOf: entry.ids)
            found.formUnion(entry.conflicting)
        }
        all.sort()
        var index = 1
        while index < all.count {
            if all[index] == all[index - 1] { found.insert(all[index]) }
            index += 1
        }
        suspects = found.sorted()
    }

    // MARK: The cache file

    private static let magic: UInt64 = 0x3530_5849_444e_4554 // "TENDIX05"

    private static let idsMagic: UInt64 = 0x3130_5344_494e_4554 // "TENIDS01"

    /// Both files as bytes, each with a checksum: the index, and the ids.
    var encoded: (index: [UInt8], ids: [UInt8]) {
        let generation = UInt64.random(in: 1...UInt64.max)
        var ids = IndexWriter()
        ids.word(Self.idsMagic)
        ids.word(generation)
        ids.word(UInt64(facts.count))
        for (path, entry) in facts.sorted(by: { $0.key < $1.key }) {
            ids.bytes(Array(path.utf8))
            ids.words(entry.ids)
            ids.words(entry.conflicting)
        }
        ids.word(ids.data.withUnsafeBytes(MonthCache.checksum))
        return (index(generation: generation), ids.data)
    }

    private func index(generation: UInt64) -> [UInt8] {
        var out = IndexWriter()
        out.word(Self.magic)
        out.word(RecordCodec.schema)
        out.word(generation)
        out.word(UInt64(facts.count))
        for (path, entry) in facts.sorted(by: { $0.key < $1.key }) {
            out.bytes(Array(path.utf8))
            for word in entry.identity.words { out.word(word) }
            out.word((entry.newest == nil ? 0 : 1) | (entry.quickIDsAreRight ? 2 : 0))
            out.word(UInt64(bitPattern: entry.newest ?? 0))
            out.bytes(entry.correctionArchive)
            out.word(UInt64(entry.correctionTargets.count))
            for target in entry.correctionTargets { out.bytes(Array(target.utf8)) }
        }
        out.words(suspects)
        let checksum = out.data.withUnsafeBytes(MonthCache.checksum)
        out.word(checksum)
        return out.data
    }

    /// The generation the index was written with; its `ids` file must say the same.
    private(set) var generation: UInt64 = 0

    /// Reads the index that `encoded` wrote (the facts without their ids);
    /// nil for anything damaged or of another version.
    init?(encoded bytes: [UInt8]) {
        guard bytes.count >= 32 else { return nil }
        let body = bytes.dropLast(8)
        let checksum = Array(body).withUnsafeBytes(MonthCache.checksum)
        var reader = IndexReader(bytes: bytes)
        reader.offset = bytes.count - 8
        guard reader.word() == checksum else { return nil }
        reader.offset = 0
        guard reader.word() == Self.magic, reader.word() == RecordCodec.schema, let generation = reader.word(),
              let count = reader.word(), count < 1 << 32 else { return nil }
        self.generation = generation
        for _ in 0..<Int(count) {
            guard let path = reader.bytes().map({ String(decoding: $0, as: UTF8.self) }),
                  let identityWords = reader.words(exactly: 7), let identity = FileIdentity(words: identityWords[...]),
                  let hasNewest = reader.word(), let newest = reader.word(), let archive = reader.bytes(),
                  let targetCount = reader.word(), targetCount < 1 << 32
            else { return nil }
            var targets: [String] = []
            for _ in 0..<Int(targetCount) {
                guard let target = reader.bytes() else { return nil }
                targets.append(String(decoding: target, as: UTF8.self))
            }
            facts[path] = FileFacts(identity: identity, newest: hasNewest & 1 == 1 ? Int64(bitPattern: newest) : nil,
                                    correctionArchive: archive, correctionTargets: targets, ids: [], conflicting: [],
                                    quickIDsAreRight: hasNewest & 2 == 2)
        }
        guard let suspects = reader.words(), reader.offset == bytes.count - 8 else { return nil }
        self.suspects = suspects
    }

    init() {}

    /// Fills in each file's ids from the `ids` file; false (and nothing
    /// changed) when it is damaged or not of this index's generation.
    mutating func attachIDs(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 32, Array(bytes.dropLast(8)).withUnsafeBytes(MonthCache.checksum) == {
            var tail = IndexReader(bytes: bytes)
            tail.offset = bytes.count - 8
            return tail.word()
        }() else { return false }
        var reader = IndexReader(bytes: bytes)
        guard reader.word() == Self.idsMagic, reader.word() == generation, let count = reader.word(), count == UInt64(facts.count)
        else { return false }
        var found: [String: (ids: [UInt64], conflicting: [UInt64])] = [:]
        for _ in 0..<Int(count) {
            guard let path = reader.bytes().map({ String(decoding: $0, as: UTF8.self) }),
                  let ids = reader.words(), let conflicting = reader.words() else { return false }
            found[path] = (ids, conflicting)
        }
        guard reader.offset == bytes.count - 8, Set(found.keys) == Set(facts.keys) else { return false }
        for (path, entry) in found {
            facts[path]?.ids = entry.ids
            facts[path]?.conflicting = entry.conflicting
        }
        return true
    }

    static func == (lhs: JournalIndex, rhs: JournalIndex) -> Bool {
        lhs.facts == rhs.facts && lhs.suspects == rhs.suspects
    }
}

private struct IndexWriter {
    var data: [UInt8] = []

    mutating func word(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }

    mutating func bytes(_ value: [UInt8]) {
        word(UInt64(value.count))
        data.append(contentsOf: value)
    }

    mutating func words(_ values: [UInt64]) {
        word(UInt64(values.count))
        for value in values { word(value) }
    }
}

private struct IndexReader {
    let data: [UInt8]
    var offset = 0

    init(bytes: [UInt8]) {
        data = bytes
    }

    mutating func word() -> UInt64? {
        guard offset + 8 <= data.count else { return nil }
        defer { offset += 8 }
        return data.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
    }

    mutating func bytes() -> [UInt8]? {
        guard let count = word(), count <= UInt64(data.count - offset) else { return nil }
        defer { offset += Int(count) }
        return Array(data[offset..<(offset + Int(count))])
    }

    mutating func words(exactly count: Int) -> [UInt64]? {
        guard count >= 0, offset + 8 * count <= data.count else { return nil }
        let start = offset
        offset += 8 * count
        return data.withUnsafeBytes { raw in
            (0..<count).map { UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: start + 8 * $0, as: UInt64.self)) }
        }
    }

    mutating func words() -> [UInt64]? {
        guard let count = word(), count <= UInt64(data.count - offset) / 8 else { return nil }
        return words(exactly: Int(count))
    }
}
