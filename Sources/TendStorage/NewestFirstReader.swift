import TendCore
import TendJournalFormat

/// A walk through the journal newest first that gives exactly what the
/// whole history says (`History`, and the reference fold it is tested
/// against), yet reads only as many month files as it needs.
///
/// The plan (`JournalPlan`) knows every correction and has resolved every id
/// held by more than one line, so a file's lines can be judged alone; and
/// it knows how new each file's newest record is, so a record is given out
/// as soon as no file still unread can hold a newer one, whatever month file
/// it sits in and whatever offset it was written in.
struct NewestFirstReader {
    private var plan: JournalPlan
    private var matcher: RecordMatcher
    private var held: [Record] = []

    init(plan: JournalPlan, query: RecordQuery) {
        self.plan = plan
        matcher = RecordMatcher(query)
    }

    /// Month paths that could not be read, once the walk is done.
    var skipped: [SkippedFile] { plan.skipped }

    /// Calls `body` with each matching record, newest first, until it returns false.
    mutating func walk(_ body: (Record) -> Bool) {
        for record in plan.resolved { hold(record) }
        let files = plan.files
        for (position, entry) in files.enumerated() {
            guard entry.facts.newest != nil else { continue }
            // A file with no record newer than `bound` can wait: so can what it holds.
            let bound = files[(position + 1)...].first?.facts.newest ?? .min
            if !matcher.passesOverLines, let records = plan.cachedRecords(of: entry.file) {
                // Every line would be decoded anyway: the cache has them decoded already.
                read(records)
            } else if let bytes = plan.bytes(of: entry.file) {
                read(bytes, quickIDsAreRight: entry.facts.quickIDsAreRight)
            }
            guard give(newerThan: bound, body) else { return }
        }
        _ = give(newerThan: .min, body)
    }

    /// Reads one file's lines. Lines that cannot match are passed over on
    /// their raw bytes, unless an edit names them; their id is taken without
    /// parsing (`quickID` where the file's facts say it is right, else the
    /// slower `soleID`, else the line is parsed).
    private mutating func read(_ bytes: [UInt8], quickIDsAreRight: Bool) {
        bytes.withUnsafeBufferPointer { read($0, quickIDsAreRight: quickIDsAreRight) }
    }

    private mutating func read(_ buffer: UnsafeBufferPointer<UInt8>, quickIDsAreRight: Bool) {
        var given: Set<RecordID> = []
        let hasSuspects = !plan.suspects.isEmpty
        // Read-only here (resolving records may decode corrections into the plan's own copy).
        let corrections = plan.corrections
        do {
            for line in LineScanner.lines(in: buffer) {
                let slice = UnsafeBufferPointer(rebasing: buffer[line.start..<line.end])
                let skipsLine: Bool
                if matcher.mightMatch(line: slice) {
                    skipsLine = false
                } else if corrections.isEmpty {
                    skipsLine = true
                } else if let id = quickIDsAreRight ? LineScanner.quickID(in: slice) : LineScanner.soleID(in: slice) {
                    // An edit may have changed what the line says.
                    skipsLine = !corrections.mayTouch(idBytes: id) || RecordID(utf8: id).map(corrections.touches) == false
                } else {
                    skipsLine = false
                }
                guard !skipsLine, let record = try? Record(line: slice), !record.kind.isCorrection,
                      !hasSuspects || !plan.suspectIDs.contains(record.id), given.insert(record.id).inserted else { continue }
                hold(record)
            }
        }
    }

    /// Reads one file's records, from the cache.
    private mutating func read(_ records: [Record]) {
        var given: Set<RecordID> = []
        let hasSuspects = !plan.suspects.isEmpty
        for record in records where !record.kind.isCorrection {
            guard !hasSuspects || !plan.suspectIDs.contains(record.id), given.insert(record.id).inserted else { continue }
            hold(record)
        }
    }

    private mutating func hold(_ record: Record) {
        if let resolved = plan.corrections.resolve(record), matcher.matches(resolved) { held.append(resolved) }
    }

    /// Gives out, newest first, the records held that are newer than `bound`.
    private mutating func give(newerThan bound: Int64, _ body: (Record) -> Bool) -> Bool {
        guard !held.isEmpty else { return true }
        held = Record.sortedChronologically(held)
        var count = 0
        var keepGoing = true
        for record in held.reversed() {
            guard record.time.secondsSince1970 > bound else { break }
            count += 1
            if !body(record) { keepGoing = false; break }
        }
        held.removeLast(count)
        return keepGoing
    }
}
