import Foundation
import TendCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Unfinished rituals, kept beside the journal in `drafts/<id>.json` (0600,
/// in a 0700 folder) so that a closed terminal, a signal or a crash loses no
/// words. The app rewrites a draft on every change, atomically (temp file
/// and rename), so even SIGKILL leaves the last version whole; it removes
/// the file once the entry is saved or the user lets it go.
///
/// The folder is not a year folder and the files are not `.jsonl`, so no
/// journal reader takes them for a month. See FORMAT.md, "Drafts".
public struct DraftStore: Sendable {
    /// `<data folder>/drafts`.
    public let folder: String

    /// The folder's name inside the data folder.
    static let folderName = "drafts"

    /// Drafts bigger than this are not read back (the journal's own record limit, with room).
    static let maxFileBytes = 2 * Journal.maxRecordBytes

    public init(dataDirectory: String) {
        let directory = dataDirectory.count > 1 && dataDirectory.hasSuffix("/") ? String(dataDirectory.dropLast()) : dataDirectory
        folder = "\(directory)/\(Self.folderName)"
    }

    public init(paths: StoragePaths) { self.init(dataDirectory: paths.dataDirectory.path) }

    /// What one file holds: the draft, and who kept it when.
    private struct Envelope: Codable {
        var v: Int
        /// The process writing it, so another window does not offer words still being typed.
        var pid: Int32
        var host: String
        /// Local time with offset, `2026-12-02T18:00:05+01:00`.
        var kept: String
        var draft: Draft
    }

    /// Writes `draft` (which must have an id) over its earlier version.
    public func keep(_ draft: Draft, at date: Date = Date(), in timeZone: Zone = .current) throws(StorageError) {
        let path = try self.path(of: draft.id)
        let envelope = Envelope(v: 1, pid: getpid(), host: Self.hostName, kept: LocalTime(date, in: timeZone).iso8601,
                                draft: draft)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let bytes: [UInt8]
        do {
            bytes = Array(try encoder.encode(envelope)) + [0x0A]
        } catch {
            throw .system(operation: .write, path: path, errno: EINVAL)
        }
        // Not fsynced: a rename is all or nothing for a running system, and a
        // draft is rewritten at every key; the journal entry it becomes is durable.
        try AtomicFileWriter.write(bytes, to: path, durable: false)
    }

    /// Removes the draft `id`; a draft already gone is fine.
    public func discard(_ id: String) throws(StorageError) {
        let path = try self.path(of: id)
        if unlink(path) != 0, errno != ENOENT { throw .system(operation: .write, path: path, errno: errno) }
    }

    /// The drafts to offer, newest first: every readable one except those a
    /// live Tend on this machine is still writing. Unreadable files are left
    /// alone (and not offered).
    public func drafts() -> [Draft] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        var found: [(draft: Draft, kept: Int64)] = []
        for name in names where name.hasSuffix(".json") && !name.hasPrefix(".") {
            let id = String(name.dropLast(5))
            guard Draft.isValidID(id), let envelope = read("\(folder)/\(name)"), envelope.v == 1,
                  envelope.draft.id == id, !isBeingWritten(envelope) else { continue }
            found.append((envelope.draft, LocalTime(iso8601: envelope.kept)?.secondsSince1970 ?? 0))
        }
        return found.sorted { ($0.kept, $0.draft.id) > ($1.kept, $1.draft.id) }.map(\.draft)
    }

    private func read(_ path: String) -> Envelope? {
        // A link is never followed; only a regular file of a sane size is read.
        guard let bytes = try? POSIX.readAll(path, limit: Self.maxFileBytes) else { return nil }
        return try? JSONDecoder().decode(Envelope.self, from: Data(bytes))
    }

    /// True when the process that kept it is this machine's and still running (and not us).
    private func isBeingWritten(_ envelope: Envelope) -> Bool {
        guard envelope.host == Self.hostName, envelope.pid > 0, envelope.pid != getpid() else { return false }
        return kill(envelope.pid, 0) == 0 || errno == EPERM
    }

    private func path(of id: String) throws(StorageError) -> String {
        guard Draft.isValidID(id) else { throw .system(operation: .write, path: "\(folder)/\(id).json", errno: EINVAL) }
        return "\(folder)/\(id).json"
    }

    private static let hostName: String = {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }()
}
