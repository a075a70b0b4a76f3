import TendCore
import TendJournalFormat
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a newest-first walk knows before it opens a month file: every
/// readable file with its facts (from the cache's index, or from the file),
/// the journal's corrections, and the records whose id more than one line
/// holds, already resolved. With these, a walk can stop after the newest
/// files and still give exactly what the whole history says.
struct JournalPlan {
    /// Readable files with their facts, newest first by their newest record.
    var files: [(file: JournalFile, facts: FileFacts)] = []
    /// Month paths that could not be read.
    var skipped: [SkippedFile] = []
    /// The winning edits and deletes of the whole journal.
    var corrections = PlannedCorrections(suspects: [])
    /// Hashes of ids held by more than one line version or file.
    var suspects: Set<UInt64> = []
    /// The ids behind `suspects`, and the winners among their records that are not corrections.
    var suspectIDs: Set<RecordID> = []
    var resolved: [Record] = []
    /// Files read while planning, so the walk need not read them again, and their records.
    var preread: [String: [UInt8]] = [:]
    var preparsed: [String: [Record]] = [:]
    /// The cache, for month files' records in binary.
    let cache: MonthCache?

    init(directory: String, cache: MonthCache?) throws(StorageError) {
        self.cache = cache
        let listing = try JournalListing.list(directory)
        skipped = listing.skipped
        let index = facts(of: listing.files, cache: cache)
        let byPath = Dictionary(uniqueKeysWithValues: listing.files.map { ($0.path, $0) })
        files = index.facts.compactMap { path, facts in byPath[path].map { ($0, facts) } }
        files.sort { ($0.facts.newest ?? .min, $1.file.path) > ($1.facts.newest ?? .min, $0.file.path) }
        suspects = Set(index.suspects)
        corrections = PlannedCorrections(suspects: suspects, expectedTargets: files.reduce(0) { $0 + $1.facts.correctionTargets.count })
        try resolveSuspects()
        for (_, facts) in files { corrections.add(archive: facts.correctionArchive, targets: facts.correctionTargets) }
        skipped.sort { $0.path < $1.path }
    }

    /// The facts of every file: from the cache's index while a file is as it
    /// was, else read from the file (and kept in the index once it is still).
    private mutating func facts(of listed: [JournalFile], cache: MonthCache?) -> JournalIndex {
        let indexPath = cache.map { $0.directory + "/index" }
        let idsPath = cache.map { $0.directory + "/ids" }
        var stored = indexPath.flatMap { path in cache?.folder.read(path).flatMap(JournalIndex.init(encoded:)) }
        let identities = Dictionary(uniqueKeysWithValues: listed.map { ($0.path, FileIdentity(path: $0.path)) })
        let isFresh = { (path: String) -> Bool in stored?.facts[path].map { $0.identity == identities[path] } == true }
        var changed = stored == nil || stored?.facts.count != listed.count || !listed.allSatisfy { isFresh($0.path) }
        // The ids are needed only to find suspects again, or to resolve them.
        if var index = stored, changed || !index.suspects.isEmpty {
            if let bytes = idsPath.flatMap({ cache?.folder.read($0) }), index.attachIDs(bytes) {
                stored = index
            } else {
                stored = nil
                changed = true
            }
        }
        var index = JournalIndex()
        var unsettled: Set<String> = []
        for file in listed {
            if let facts = stored?.facts[file.path], isFresh(file.path) {
                index.facts[file.path] = facts
                continue
            }
            switch JournalFileRead(file) {
            case .gone: continue
            case .skipped(let skip): skipped.append(skip)
            case .read(let bytes, let identity):
                preread[file.path] = bytes
                let contents = MonthFileContents(bytes: bytes)
                preparsed[file.path] = contents.records
                index.facts[file.path] = FileFacts(identity: identity, contents: contents)
                // Parsed anyway: keep the records too, for the next read of this month.
                cache?.store(contents.records, of: file, identity: identity, size: bytes.count)
                if !identity.isSettled(seconds: cache?.settleSeconds ?? 2) || Int64(bytes.count) != identity.size {
                    unsettled.insert(file.path)
                }
            }
        }
        guard changed else {
            index.suspects = stored?.suspects ?? []
            return index
        }
        index.findSuspects()
        if let cache, let indexPath, let idsPath {
            // Facts of a file still changing are not kept: the next read makes them again.
            var kept = index
            for path in unsettled { kept.facts[path] = nil }
            if !unsettled.isEmpty { kept.findSuspects() }
            if kept != stored {
                let files = kept.encoded
                // The ids first: an index never names a generation whose ids are not there.
                cache.folder.write(files.ids, to: idsPath)
                cache.folder.write(files.index, to: indexPath)
            }
        }
        return index
    }

    /// Finds the one version of each suspect id that wins (the line whose
    /// JSON sorts last), reading only the files that hold one.
    private mutating func resolveSuspects() throws(StorageError) {
        guard !suspects.isEmpty else { return }
        var winners: [RecordID: Record] = [:]
        for (file, facts) in files where suspects.contains(where: facts.mayHold) {
            guard let bytes = bytes(of: file) else { continue }
            for record in MonthFileContents(bytes: bytes).records where suspects.contains(LineScanner.idHash(record.id)) {
                suspectIDs.insert(record.id)
                if let kept = winners[record.id], kept == record || record.jsonLine.lexicographicallyPrecedes(kept.jsonLine) { continue }
                winners[record.id] = record
            }
        }
        for record in winners.values {
            if record.kind.isCorrection { corrections.add(winner: record) } else { resolved.append(record) }
        }
    }

    /// The records of `file` from its fresh cache entry, if it has one.
    func cachedRecords(of file: JournalFile) -> [Record]? {
        guard preread[file.path] == nil, let bytes = cache?.cached(file) else { return nil }
        var records: [Record] = []
        guard MonthCache.records(in: bytes, { records.append($0) }) else { return nil }
        return records
    }

    /// The bytes of `file`, from planning or read now; nil when it cannot be read (then it is skipped).
    mutating func bytes(of file: JournalFile) -> [UInt8]? {
        if let bytes = preread[file.path] { return bytes }
        switch JournalFileRead(file) {
        case .gone: return nil
        case .skipped(let skip):
            if !skipped.contains(skip) { skipped.append(skip) }
            return nil
        case .read(let bytes, _):
            preread[file.path] = bytes
            return bytes
        }
    }
}

/// One month file read, or why it was not.
enum JournalFileRead {
    case read([UInt8], FileIdentity)
    case skipped(SkippedFile)
    /// It went between listing and reading (renamed by a sync tool, say).
    case gone

    init(_ file: JournalFile) {
        do {
            let (bytes, identity) = try POSIX.readFile(file.path)
            self = .read(bytes, identity)
        } catch {
            switch error {
            case .notFound: self = .gone
            case .system(_, _, let code): self = .skipped(SkippedFile(path: file.path, reason: .unreadable(code)))
            default:
                var info = stat()
                let reason = lstat(file.path, &info) == 0 ? SkippedFile.reason(forMode: info.st_mode) : nil
                self = .skipped(SkippedFile(path: file.path, reason: reason ?? .special))
            }
        }
    }
}
