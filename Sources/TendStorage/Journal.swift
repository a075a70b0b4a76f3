import Foundation
import TendCore
import TendJournalFormat
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
/// Every reader gives the same truth (FORMAT.md, rule 1): `history()` reads
/// every file (through the cache when it is fresh), `forEachNewestFirst`
/// and `records(since:)` read only the newest files they need, and all of
/// them are tested against one plain reference fold. A month path that
/// cannot be read is skipped and handed back to be reported.
public struct Journal: Sendable {
    /// The largest record, as stored, that Tend writes (256 KB).
    public static let maxRecordBytes = 256 * 1024

    /// The data folder.
    public let directory: String
    /// Where reads keep parsed month files and their facts, if anywhere.
    var cache: MonthCache?

    /// A journal in `directory`; with a `cacheDirectory`, reads keep parsed
    /// month files there (see `MonthCache` and `JournalIndex`).
    public init(directory: String, cacheDirectory: String? = nil) {
        let directory = directory.count > 1 && directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        self.directory = directory
        cache = cacheDirectory.map { MonthCache(root: $0, dataDirectory: directory) }
    }

    public init(paths: StoragePaths) {
        self.init(directory: paths.dataDirectory.path, cacheDirectory: paths.cacheDirectory?.path)
    }

    /// What a read gives: its value, and the month paths it had to skip
    /// (each to be reported: one unreadable file never hides the rest, and
    /// never hides silently).
    public struct Reading<Value: Sendable>: Sendable {
        public var value: Value
        public var skipped: [SkippedFile]
    }

    /// The cache, when it is safely the user's own (see `CacheFolder`).
    var usableCache: MonthCache? {
        guard let cache, cache.folder.problem() == nil else { return nil }
        return cache
    }

    // MARK: Writing

    /// Records `payload` as made now (or at `date`) in `timeZone` and returns
    /// the stored record. On error nothing is stored and the caller still has
    /// everything it passed in.
    @discardableResult
    public func append(_ payload: Payload, at date: Date = Date(), in timeZone: Zone = .current) throws(StorageError) -> Record {
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
        let folder = month.folder(in: directory)
        try checkFoldersAreSafe(month)
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

    /// Every readable journal file, oldest month first (canonical file
    /// before copies). Paths that do not fit, or cannot be read, are not
    /// here: `diagnose()` reports them.
    public func files() throws(StorageError) -> [JournalFile] {
        try JournalListing.list(directory).files
    }

    /// Calls `body` with each matching record, newest first, edits applied and
    /// deleted records left out, until `body` returns false. Returns the
    /// month paths it had to skip.
    ///
    /// Gives exactly what `history()` holds, in reverse, yet reads only the
    /// newest files it needs and decodes only lines that may match (see
    /// `NewestFirstReader`).
    @discardableResult
    public func forEachNewestFirst(matching query: RecordQuery = .all, _ body: (Record) -> Bool) throws(StorageError) -> [SkippedFile] {
        var reader = NewestFirstReader(plan: try JournalPlan(directory: directory, cache: usableCache), query: query)
        reader.walk(body)
        return reader.skipped
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
        try readRecords(since: date).value
    }

    /// Like `records(since:)`, with the month paths it had to skip.
    ///
    /// Reads, on every core and through the cache, only the files whose newest
    /// record is that recent (the plan knows), then folds them with the plan's
    /// corrections and resolved ids: what the walk would give, all at once.
    public func readRecords(since date: Date) throws(StorageError) -> Reading<[Record]> {
        let since = Int64(date.timeIntervalSince1970.rounded(.down))
        var plan = try JournalPlan(directory: directory, cache: usableCache)
        let recent = plan.files.filter { ($0.facts.newest ?? .min) >= since }.map(\.file)
        let preparsed = plan.preparsed
        let cache = plan.cache
        let read: @Sendable (JournalFile) -> MonthRead = { file in
            if let records = preparsed[file.path] { return .parsed(records) }
            return Self.read(file, cache: cache)
        }
        var result: [Record] = []
        var given: Set<RecordID> = []
        let hasSuspects = !plan.suspects.isEmpty
        func keep(_ record: Record) {
            guard !record.kind.isCorrection, record.time.secondsSince1970 >= since,
                  !hasSuspects || !plan.suspectIDs.contains(record.id), given.insert(record.id).inserted,
                  let resolved = plan.corrections.resolve(record) else { return }
            result.append(resolved)
        }
        ParallelFileReader.map(recent, read) { (_, month) in
            switch month {
            case .cached(let bytes): _ = MonthCache.records(in: bytes) { keep($0) }
            case .parsed(let records): for record in records { keep(record) }
            case .skipped(let skip): plan.skipped.append(skip)
            case .gone: break
            }
        }
        for record in plan.resolved where record.time.secondsSince1970 >= since {
            if let resolved = plan.corrections.resolve(record) { result.append(resolved) }
        }
        return Reading(value: Record.sortedChronologically(result), skipped: plan.skipped.sorted { $0.path < $1.path })
    }

    /// The whole journal, merged and folded.
    public func history() throws(StorageError) -> History {
        try readHistory().value
    }

    /// Like `history()`, with the month paths it had to skip.
    public func readHistory() throws(StorageError) -> Reading<History> {
        try fold { $0.finish() }
    }

    /// One record per id (edits and deletes as their own lines, not applied),
    /// oldest first: what another device needs to show this same history.
    public func readLines() throws(StorageError) -> Reading<[Record]> {
        try fold { $0.finishLines() }
    }

    /// Reads every month file (through the cache where it is fresh) into a
    /// `History.Builder`, and gives what `finish` makes of it.
    private func fold<Value: Sendable>(_ finish: (inout History.Builder) -> Value) throws(StorageError) -> Reading<Value> {
        let listing = try JournalListing.list(directory)
        let files = listing.files
        var skipped = listing.skipped
        var builder = History.Builder(roomFor: files)
        let cache = usableCache
        // Fresh cached months come back as their cache file, decoded here in
        // order straight into the history; others are parsed on every core.
        let read: @Sendable (JournalFile) -> MonthRead = { Self.read($0, cache: cache) }
        var cacheFailed = false
        ParallelFileReader.map(files, read) { (_, result) in
            switch result {
            case .cached(let bytes):
                if !cacheFailed, !MonthCache.records(in: bytes, { builder.add($0) }) { cacheFailed = true }
            case .parsed(let records): builder.add(records)
            case .skipped(let skip): skipped.append(skip)
            case .gone: break
            }
        }
        // A cache file whose checksum holds but whose records do not: read it all again from the files.
        if cacheFailed { return try Journal(directory: directory).fold(finish) }
        return Reading(value: finish(&builder), skipped: skipped.sorted { $0.path < $1.path })
    }

    /// One month file through the cache: its fresh cache file, or its records
    /// parsed (and cached for next time), or why it could not be read.
    private static func read(_ file: JournalFile, cache: MonthCache?) -> MonthRead {
        if let cached = cache?.cached(file) { return .cached(cached) }
        switch JournalFileRead(file) {
        case .gone: return .gone
        case .skipped(let skip): return .skipped(skip)
        case .read(let bytes, let identity):
            let records = MonthFileContents(bytes: bytes).records
            cache?.store(records, of: file, identity: identity, size: bytes.count)
            return .parsed(records)
        }
    }

    /// A month as a reader got it: a fresh cache file, parsed records, or why not.
    private enum MonthRead: Sendable {
        case cached([UInt8])
        case parsed([Record])
        case skipped(SkippedFile)
        case gone
    }
}

extension Journal {
    /// The records an export in `format` writes, oldest first (see `ExportFormat`).
    public func exportable(as format: ExportFormat) throws(StorageError) -> Reading<[Record]> {
        switch format {
        case .json, .jsonl:
            return try readLines()
        case .csv, .markdown:
            let reading = try readHistory()
            return Reading(value: reading.value.records.filter { $0.kind != .promptFired }, skipped: reading.skipped)
        }
    }

    /// True when `path` (a file to write, which may not exist yet) is inside
    /// the data folder, whatever links lead there.
    public func contains(_ path: String) -> Bool {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let parent = PathText.parent(absolute)
        let name = PathText.lastComponent(absolute)
        let data = Self.realPath(directory)
        var candidates = [Self.realPath(parent) + "/" + name, PathText.standardized(absolute)]
        if FileManager.default.fileExists(atPath: absolute) { candidates.append(Self.realPath(absolute)) }
        return candidates.contains { $0 == data || $0.hasPrefix(data + "/") }
    }
}
