import TendCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Month files' records kept in binary (`RecordCodec`) under
/// `$XDG_CACHE_HOME/tend`, so whole-history reads skip parsing JSON, which
/// is most of their cost.
///
/// A cache file starts with the identity (size, modification time, inode)
/// of the month file it was made from; when that differs, it is stale and
/// the next read rebuilds it. It is never the source of truth: deleting the
/// cache folder loses nothing. Folders are 0700 and files 0600, like the data.
struct MonthCache: Sendable {
    /// This journal's folder in the cache, named after its data folder.
    let directory: String
    private let dataDirectory: String

    init(root: String, dataDirectory: String) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in dataDirectory.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        directory = root + "/journal-" + String(hash, radix: 16)
        self.dataDirectory = dataDirectory
    }

    func path(of file: JournalFile) -> String {
        let relative = file.path.hasPrefix(dataDirectory + "/") ? String(file.path.dropFirst(dataDirectory.count + 1)) : file.path
        return directory + "/" + relative + ".cache"
    }

    /// The cache file of `file` when it is fresh and whole (see `records(in:_:)`).
    func cached(_ file: JournalFile) -> [UInt8]? {
        guard let identity = FileIdentity(path: file.path), let bytes = try? POSIX.readAll(path(of: file)),
              bytes.count >= Self.headerSize else { return nil }
        let fresh = bytes.withUnsafeBytes { raw -> Bool in
            let header = Self.header(count: 0, identity: identity, checksum: 0)
            // All but the count and checksum must be what the month file would be given now.
            guard let base = raw.baseAddress, memcmp(base, header, 48) == 0 else { return false }
            let checksum = raw.loadUnaligned(fromByteOffset: 56, as: UInt64.self).littleEndian
            return Self.checksum(UnsafeRawBufferPointer(rebasing: raw[Self.headerSize...])) == checksum
        }
        return fresh ? bytes : nil
    }

    /// Calls `body` with each record of a cache file from `cached(_:)`;
    /// false when it does not hold what its header says.
    static func records(in cacheFile: [UInt8], _ body: (consuming Record) -> Void) -> Bool {
        cacheFile.withUnsafeBytes { raw in
            let expected = Int(raw.loadUnaligned(fromByteOffset: 48, as: UInt64.self).littleEndian)
            var count = 0
            let whole = RecordCodec.decode(UnsafeRawBufferPointer(rebasing: raw[headerSize...])) { record in
                count += 1
                body(record)
                return true
            }
            return whole && count == expected
        }
    }

    /// Reads `file` and caches its records for next time.
    func read(_ file: JournalFile) throws(StorageError) -> [Record] {
        let (bytes, identity) = try POSIX.readFile(file.path)
        let records = MonthFileContents(bytes: bytes).records
        // A file changed less than two seconds ago could change again within
        // the same mtime tick on a coarse file system: cache it next time.
        if Int64(bytes.count) == identity.size, identity.seconds < Int64(time(nil)) - 2, let archive = RecordCodec.encode(records) {
            let checksum = archive.withUnsafeBytes(Self.checksum)
            // A cache need not survive a crash, so no fsync; failing to write only means no cache.
            try? AtomicFileWriter.write(Self.header(count: records.count, identity: identity, checksum: checksum) + archive,
                                        to: path(of: file), durable: false)
        }
        return records
    }

    // MARK: The header

    private static let magic: UInt64 = 0x3130_4352_444e_4554 // "TENDRC01"
    private static let headerSize = 64

    private static func header(count: Int, identity: FileIdentity, checksum: UInt64) -> [UInt8] {
        var header: [UInt8] = []
        header.reserveCapacity(headerSize)
        for word in [magic, RecordCodec.schema, UInt64(bitPattern: identity.size), UInt64(bitPattern: identity.seconds),
                     UInt64(bitPattern: identity.nanoseconds), identity.inode, UInt64(count), checksum] {
            withUnsafeBytes(of: word.littleEndian) { header.append(contentsOf: $0) }
        }
        return header
    }

    /// A quick 64-bit checksum: a damaged cache is rebuilt, not believed.
    private static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
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
