import TendCore
import TendJournalFormat

/// The cache's binary form (a cache file is outside bytes too). The input is
/// read as the binary form itself (never a crash), and as journal lines
/// whose records go to the binary form and back (the same records), then
/// are read again cut short and with bytes changed (never a crash).
public enum CacheCodecCheck {
    public static let check = FuzzCheck(name: "cache-codec") { input in
        _ = decode(input)
        let records = ReferenceFold.parse(ReferenceFold.lines(of: input)).map(\.record)
        guard !records.isEmpty else { return nil }
        guard let archive = RecordCodec.encode(records) else { return "records cannot be encoded" }
        guard let decoded = decode(archive), decoded == records else { return "the cache does not read back what it wrote" }
        _ = decode(Array(archive.prefix(archive.count / 2)))
        var damaged = archive
        for (index, byte) in input.prefix(8).enumerated() where !damaged.isEmpty {
            damaged[(Int(byte) * 31 + index * 7) % damaged.count] ^= byte | 1
        }
        _ = decode(damaged)
        return nil
    }

    /// The records in `bytes`, or nil when they do not read as a whole.
    private static func decode(_ bytes: [UInt8]) -> [Record]? {
        var records: [Record] = []
        let whole = bytes.withUnsafeBytes { RecordCodec.decode($0) { records.append($0); return records.count < 100_000 } }
        return whole ? records : nil
    }
}
