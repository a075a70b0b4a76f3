import TendCore
import TendJournalFormat
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Journal {
    /// Adds the records of a JSON Lines file (a `tend export --format json`,
    /// another machine's month file, or a tool's output), or of a pipe.
    /// A line already here (same id, same contents) is left alone, so
    /// importing twice adds nothing; a record whose id is here with other
    /// contents is kept beside it, as a sync would (the union of lines).
    ///
    /// Follows the rules of append: the journal's folders must be safely the
    /// user's, a month file that is a link, a folder or a device is never
    /// written through (nothing is imported then), and each month file is
    /// replaced atomically under the lock. If Tend is stopped halfway,
    /// running the import again finishes it.
    public func importRecords(
        fromFile path: String,
        dryRun: Bool = false,
        progress: ((Int, Int) -> Void)? = nil
    ) throws(StorageError) -> ImportSummary {
        try importRecords(from: try POSIX.readSource(path), dryRun: dryRun, progress: progress)
    }

    /// The bytes of a file to import (or of standard input, for `-`), read
    /// without following it into a FIFO that never ends.
    public static func readImportFile(_ path: String) throws(StorageError) -> [UInt8] {
        try POSIX.readSource(path)
    }

    /// Like `importRecords(fromFile:)`, from bytes.
    public func importRecords(from bytes: [UInt8], dryRun: Bool = false, progress: ((Int, Int) -> Void)? = nil) throws(StorageError) -> ImportSummary {
        let parsed = ImportParser.parse(bytes)
        var summary = try importRecords(parsed.records, rejected: parsed.rejected, dryRun: dryRun, progress: progress)
        summary.unrecognized = parsed.unrecognized
        return summary
    }

    /// Adds `records` (read from a file to import, or made from another
    /// journal's entries) that are not here yet, under the rules above.
    /// With `dryRun`, counts what would be added and writes nothing.
    public func importRecords(
        _ records: [Record], rejected: [ImportSummary.Rejection], dryRun: Bool = false,
        progress: ((Int, Int) -> Void)? = nil
    ) throws(StorageError) -> ImportSummary {
        var summary = ImportSummary()
        summary.rejected = rejected
        guard !records.isEmpty else { return summary }
        let months = Set(records.map { MonthFile($0.time) })
        if dryRun {
            let (found, skipped) = try versions(of: Set(records.map(\.id)))
            summary.skipped = skipped.sorted { $0.path < $1.path }
            summary.count(records, present: found)
            return summary
        }
        try checkFoldersAreSafe()
        for month in months { try checkFoldersAreSafe(month) }
        try POSIX.ensureDirectory(directory)
        try FileLock.withLock(in: directory) { () throws(StorageError) in
            // Never write through a link, into a folder or a device: check every month first.
            for month in months.sorted() {
                var info = stat()
                let path = month.path(in: directory)
                if lstat(path, &info) == 0, let reason = SkippedFile.reason(forMode: info.st_mode) {
                    throw .cannotRewrite(SkippedFile(path: path, reason: reason))
                }
            }
            let (found, skipped) = try versions(of: Set(records.map(\.id)))
            summary.skipped = skipped.sorted { $0.path < $1.path }
            var byMonth: [MonthFile: [Record]] = [:]
            for record in summary.count(records, present: found) {
                byMonth[MonthFile(record.time), default: []].append(record)
            }
            var done = 0
            for month in byMonth.keys.sorted() {
                let records = (byMonth[month] ?? []).sorted(by: Record.chronologically)
                let path = month.path(in: directory)
                var contents: [UInt8]
                do throws(StorageError) {
                    contents = try POSIX.readAll(path)
                } catch {
                    guard case .notFound = error else { throw error }
                    contents = []
                }
                if let last = contents.last, last != 0x0A { contents.append(0x0A) }
                for record in records {
                    JSONLineWriter.write(record.jsonObject, to: &contents)
                    contents.append(0x0A)
                }
                try POSIX.ensureDirectory(month.folder(in: directory))
                try AtomicFileWriter.write(contents, to: path)
                done += records.count
                progress?(done, summary.added)
            }
        }
        return summary
    }

    /// The versions already in the journal of each id in `ids`, and the
    /// month paths that could not be read. A torn line does not count:
    /// importing a whole copy repairs it.
    private func versions(of ids: Set<RecordID>) throws(StorageError) -> ([RecordID: [Record]], [SkippedFile]) {
        let listing = try JournalListing.list(directory)
        var skipped = listing.skipped
        var found: [RecordID: [Record]] = [:]
        for file in listing.files {
            switch JournalFileRead(file) {
            case .gone: continue
            case .skipped(let skip): skipped.append(skip)
            case .read(let bytes, _):
                for record in MonthFileContents(bytes: bytes).records where ids.contains(record.id) {
                    if found[record.id]?.contains(record) != true { found[record.id, default: []].append(record) }
                }
            }
        }
        return (found, skipped)
    }
}
