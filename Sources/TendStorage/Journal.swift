import Foundation
import TendCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The journal: JSON Lines files, one per month, in the data folder.
///
/// Appends are locked, durable and all-or-nothing; reads never lock and
/// skip (but keep) lines they cannot use. See `FORMAT.md` for the format.
///
/// Reading is built for years of entries: `forEachNewestFirst` opens month
/// files newest first and stops as soon as the caller has enough, decoding
/// only lines that may match; `records(since:)` reads only the months it
/// needs. Only `history()` and `diagnose()` read everything.
public struct Journal: Sendable {
    /// The largest record, as stored, that Tend writes (256 KB).
    public static let maxRecordBytes = 256 * 1024

    /// The data folder.
    public let directory: String
    /// Where whole-history reads keep parsed month files, if anywhere.
    let cache: MonthCache?

    /// A journal in `directory`; with a `cacheDirectory`, whole-history reads
    /// keep parsed month files there (see `MonthCache`).
    public init(directory: String, cacheDirectory: String? = nil) {
        let directory = directory.count > 1 && directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        self.directory = directory
        cache = cacheDirectory.map { MonthCache(root: $0, dataDirectory: directory) }
    }

    public init(paths: StoragePaths) {
        self.init(directory: paths.dataDirectory.path, cacheDirectory: paths.cacheDirectory?.path)
    }

    // MARK: Writing

    /// Records `payload` as made now (or at `date`) in `timeZone` and returns
    /// the stored record. On error nothing is stored and the caller still has
    /// everything it passed in.
    @discardableResult
    public func append(_ payload: Payload, at date: Date = Date(), in timeZone: TimeZone = .current) throws(StorageError) -> Record {
        let record = Record(payload, at: LocalTime(date, in: timeZone))
        try append(record)
        return record
    }

    /// Appends `record` to its month's file. Returns only once the line is on
    /// disk (fsynced); on any error the file is as it was before.
    public func append(_ record: Record) throws(StorageError) {
        _ = Self.ignoreFileSizeSignal
        let line = record.jsonLine
        guard line.count + 1 <= Self.maxRecordBytes else {
            throw .recordTooLarge(bytes: line.count + 1, limit: Self.maxRecordBytes)
        }
        let month = MonthFile(record.time)
        let folder = "\(directory)/\(month.year)"
        try POSIX.ensureDirectory(folder)
        try FileLock.withLock(in: directory) { () throws(StorageError) in
            try JournalAppender.append(line: line, to: month.path(in: directory), folder: folder)
        }
    }

    /// Without this, writing past `ulimit -f` kills the process with SIGXFSZ;
    /// ignored, the write fails with EFBIG and the person gets a message.
    private static let ignoreFileSizeSignal: Void = {
        signal(SIGXFSZ, SIG_IGN)
    }()

    // MARK: Reading

    /// Every journal file, oldest month first (canonical file before copies).
    public func files() throws(StorageError) -> [JournalFile] {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: directory, isDirectory: &isFolder), isFolder.boolValue else { return [] }
        let years: [String]
        do {
            years = try manager.contentsOfDirectory(atPath: directory)
        } catch {
            throw .system(operation: .list, path: directory, errno: Self.errno(of: error))
        }
        var result: [JournalFile] = []
        for year in years where year.count == 4 && Int(year) != nil {
            let folder = "\(directory)/\(year)"
            guard manager.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else { continue }
            let names: [String]
            do {
                names = try manager.contentsOfDirectory(atPath: folder)
            } catch {
                throw .system(operation: .list, path: folder, errno: Self.errno(of: error))
            }
            for name in names where name.hasSuffix(".jsonl") && !name.hasPrefix(".") {
                guard let month = MonthFile(name: String(name.prefix(7))), String(month.year) == year else { continue }
                result.append(JournalFile(month: month, path: "\(folder)/\(name)", isCanonical: name == "\(month.name).jsonl"))
            }
        }
        return result.sorted { lhs, rhs in
            if lhs.month != rhs.month { return lhs.month < rhs.month }
            if lhs.isCanonical != rhs.isCanonical { return lhs.isCanonical }
            return lhs.path < rhs.path
        }
    }

    /// Calls `body` with each matching record, newest first, edits applied and
    /// deleted records left out, until `body` returns false.
    ///
    /// Month files are read newest first and only lines that may match are
    /// decoded. An edit or delete is honoured when it sits in the same month
    /// as its target or a later one (always, unless clocks were wrong).
    public func forEachNewestFirst(matching query: RecordQuery = .all, _ body: (Record) -> Bool) throws(StorageError) {
        var reader = NewestFirstReader(query: query)
        let sinceMonth = query.sinceDay.flatMap { MonthFile(name: String($0.prefix(7))) }
        let untilMonth = query.untilDay.flatMap { MonthFile(name: String($0.prefix(7))) }
        let months = Dictionary(grouping: try files(), by: \.month)
        for month in months.keys.sorted(by: >) {
            if let untilMonth, month > untilMonth { continue }
            if let sinceMonth, month < sinceMonth { break }
            var contents: [[UInt8]] = []
            for file in months[month] ?? [] {
                do {
                    contents.append(try POSIX.readAll(file.path))
                } catch {
                    if case .notFound = error { continue }
                    throw error
                }
            }
            guard reader.read(month: month, contents: contents, body) else { return }
        }
        reader.finish(body)
    }

    /// The newest `limit` matching records, newest first.
    public func newest(_ limit: Int, matching query: RecordQuery = .all) throws(StorageError) -> [Record] {
        var result: [Record] = []
        guard limit > 0 else { return result }
        try forEachNewestFirst(matching: query) { record in
            result.append(record)
            return result.count < limit
        }
        return result
    }

    /// Records made at or after `date`, oldest first, edits applied. Reads
    /// only the months that can hold them (what the home screen needs).
    public func records(since date: Date) throws(StorageError) -> [Record] {
        // A record's month is its local month; allow for any UTC offset.
        let earliest = MonthFile(LocalTime(date.addingTimeInterval(-14 * 3600), in: TimeZone(secondsFromGMT: 0) ?? .current))
        let since = Int64(date.timeIntervalSince1970.rounded(.down))
        let history = try readHistory(from: try files().filter { $0.month >= earliest })
        return history.records.filter { $0.time.secondsSince1970 >= since }
    }

    /// The whole journal, merged and folded.
    public func history() throws(StorageError) -> History {
        try readHistory(from: try files())
    }

    private func readHistory(from files: [JournalFile]) throws(StorageError) -> History {
        // Lines average about 150 bytes; a wrong guess only costs a regrowth.
        var builder = History.Builder(expectedCount: files.reduce(0) { $0 + (POSIX.size(of: $1.path) ?? 0) } / 128)
        let cache = self.cache
        // Fresh cached months come back as their cache file, decoded here in
        // order straight into the history; others are parsed on every core.
        let read: @Sendable (JournalFile) -> Result<MonthRead, StorageError> = { file in
            Result { () throws(StorageError) in
                guard let cache else { return .parsed(MonthFileContents(bytes: try POSIX.readAll(file.path)).records) }
                if let cached = cache.cached(file) { return .cached(cached) }
                return .parsed(try cache.read(file))
            }
        }
        var cacheFailed = false
        try ParallelFileReader.map(files, read) { (_, result) throws(StorageError) in
            switch result {
            case .success(.cached(let bytes)):
                if !cacheFailed, !MonthCache.records(in: bytes, { builder.add($0) }) { cacheFailed = true }
            case .success(.parsed(let records)): builder.add(records)
            case .failure(.notFound): break
            case .failure(let error): throw error
            }
        }
        // A cache file whose checksum holds but whose records do not: read it all again from the files.
        if cacheFailed { return try Journal(directory: directory).readHistory(from: files) }
        return builder.finish()
    }

    /// A month as a reader got it: a fresh cache file, or parsed records.
    private enum MonthRead: Sendable {
        case cached([UInt8])
        case parsed([Record])
    }

    private static func errno(of error: Error) -> Int32 {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return Int32(underlying.code)
        }
        if nsError.domain == NSPOSIXErrorDomain { return Int32(nsError.code) }
        switch nsError.code {
        case CocoaError.fileReadNoPermission.rawValue: return EACCES
        case CocoaError.fileReadNoSuchFile.rawValue: return ENOENT
        default: return EIO
        }
    }
}
