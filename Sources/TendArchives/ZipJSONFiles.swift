import Foundation
import ZIPFoundation

/// The JSON files inside a Day One export zip (`Journal.json`, or one file
/// per journal), read straight from the archive; photos and the rest are
/// left in it.
public enum ZipJSONFiles {
    /// Each top-level `.json` file's name and bytes, in the archive's order.
    public static func read(_ bytes: [UInt8], limit: Int = 1 << 30) throws(ArchiveFailure) -> [(name: String, bytes: [UInt8])] {
        let archive: Archive
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw ArchiveFailure("it looks like a zip, but its list of files is missing or damaged (was the download cut short?)")
        }
        var found: [(String, [UInt8])] = []
        for entry in archive where entry.type == .file {
            let name = entry.path
            guard name.lowercased().hasSuffix(".json"), !name.contains("/"), !name.hasPrefix(".") else { continue }
            guard entry.uncompressedSize <= UInt64(limit) else {
                throw ArchiveFailure("\(name) in the zip is larger than Tend reads (\(limit >> 20) MB)")
            }
            var data = Data()
            do {
                _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
            } catch {
                throw ArchiveFailure("\(name) in the zip is damaged and cannot be read (\(Self.reason(error)))")
            }
            found.append((name, [UInt8](data)))
        }
        guard !found.isEmpty else {
            throw ArchiveFailure("the zip holds no Journal.json: is it Day One's JSON export (File › Export › JSON)?")
        }
        return found
    }

    /// Our words for what went wrong inside an entry, not the library's case names.
    private static func reason(_ error: any Error) -> String {
        switch error as? Archive.ArchiveError {
        case .invalidCRC32?: return "its checksum does not match"
        case .invalidCompressionMethod?: return "it is packed in a way Tend does not read"
        default: return "it ends early or its sizes do not add up"
        }
    }
}
