import TendCore
import TendJournalFormat
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Month files' records kept in binary (`RecordCodec`) under
/// `$XDG_CACHE_HOME/tend`, so whole-history reads skip parsing JSON, which
/// is most of their cost.
///
/// A cache file starts with the identity (`FileIdentity`: device, inode,
/// size, modification and change time) of the month file it was made from,
/// taken before that file was read; when the month file's identity differs,
/// the cache file is stale and the next read rebuilds it. A file that changed
/// in the last two seconds is not cached at all (a further change within the
/// same clock tick could leave its identity as it was). The cache is never
/// the source of truth: deleting it loses nothing.
struct MonthCache: Sendable {
    let folder: CacheFolder
    private let dataDirectory: String
    /// How long a file must have been still before it is cached (seconds).
    var settleSeconds: Int64 = 2

    init(root: String, dataDirectory: String) {
        folder = CacheFolder(root: root, dataDirectory: dataDirectory)
        self.dataDirectory = dataDirectory
    }

    /// This journal's cache folder.
    var directory: String { folder.directory }

    func path(of file: JournalFile) -> String {
        let relative = file.path.hasPrefix(dataDirectory + "/") ? String(file.path.dropFirst(dataDirectory.count + 1)) : file.path
        return directory + "/" + relative + ".cache"
    }

    /// The cache file of `file` when it is fresh, whole and safely ours (see `records(in:_:)`).
    func cached(_ file: JournalFile) -> [UInt8]? {
        guard let identity = FileIdentity(path: file.path), let bytes = folder.read(path(of: file)),
              bytes.count >= Self.headerSize else { return nil }
        let fresh = bytes.withUnsafeBytes { raw -> Bool in
            let header = Self.header(count: 0, identity: identity, checksum: 0)
            // All but the count and checksum must be what the month file would be given now.
            guard let base = raw.baseAddress, memcmp(base, header, Self.countOffset) == 0 else { return false }
            let checksum = raw.loadUnaligned(fromByteOffset: Self.countOffset + 8, as: UInt64.self).littleEndian
            return Self.checksum(UnsafeRawBufferPointer(rebasing: raw[Self.headerSize...])) == checksum
        }
        return fresh ? bytes : nil
    }

    /// Calls `body` with each record of a cache file from `cached(_:)`;
    /// false when it does not hold what its header says.
    static func records(in cacheFile: [UInt8], _ body: (consuming Record) -> Void) -> Bool {
        cacheFile.withUnsafeBytes { raw in
            let expected = Int(raw.loadUnaligned(fromByteOffset: countOffset, as: UInt64.self).littleEndian)
            var count = 0
            let whole = RecordCodec.decode(UnsafeRawBufferPointer(rebasing: raw[headerSize...])) { record in
                count += 1
                body(record)
                return true
            }
            return whole && count == expected
        }
    }

    /// Caches the records read from `file`, whose identity before reading was `identity`.
    func store(_ records: [Record], of file: JournalFile, identity: FileIdentity, size: Int) {
        guard Int64(size) == identity.size, identity.isSettled(seconds: settleSeconds),
              let archive = RecordCodec.encode(records) else { return }
        let checksum = archive.withUnsafeBytes(Self.checksum)
        folder.write(Self.header(count: records.count, identity: identity, checksum: checksum) + archive, to: path(of: file))
    }

    // MARK: The header

    private static let magic: UInt64 = 0x3230_4352_444e_4554 // "TENDRC02"
    /// Magic, schema, seven words of identity, then the count and the checksum.
    private static let countOffset = 72
    private static let headerSize = 88

    private static func header(count: Int, identity: FileIdentity, checksum: UInt64) -> [UInt8] {
        var header: [UInt8] = []
        header.reserveCapacity(headerSize)
        for word in [magic, RecordCodec.schema] + identity.words + [UInt64(count), checksum] {
            withUnsafeBytes(of: word.littleEndian) { header.append(contentsOf: $0) }
        }
        return header
    }

    /// A quick 64-bit checksum: a damaged cache is rebuilt, not believed.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = (hash ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x100_0000_01b3
            hash ^= hash >> 29
            offset += 8
        }
        while offset < bytes.count {
            hash = (hash ^ UInt64(bytes[offset])) &* 0x100_0000_01b3
            offset += 1
        }
        return hash
    }
}
