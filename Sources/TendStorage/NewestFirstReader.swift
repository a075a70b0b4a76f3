import TendCore

/// The state of a newest-first walk through the month files: corrections
/// seen so far, ids already given out, and records held back because an
/// older file might still hold something newer (time zones differ across
/// machines, so the first hours of a month can overlap the month before).
struct NewestFirstReader {
    private var matcher: RecordMatcher
    private var corrections = Corrections()
    private var given: Set<RecordID> = []
    private var held: [Record] = []

    /// Only edits and deletes carry a target.
    private static let targetKey: [UInt8] = Array("\"target\"".utf8)
    /// The widest UTC offsets in use are -12:00 and +14:00.
    private static let offsetSlack: Int64 = 14 * 3600

    init(query: RecordQuery) {
        matcher = RecordMatcher(query)
    }

    /// Reads one month (its canonical file and any copies). Returns false when
    /// `body` asked to stop.
    mutating func read(month: MonthFile, contents: [[UInt8]], _ body: (Record) -> Bool) -> Bool {
        var found: [RecordID: Record] = [:]
        // Corrections first: they are newer than what they correct.
        for bytes in contents {
            bytes.withUnsafeBufferPointer { buffer in
                for line in LineScanner.lines(in: buffer) {
                    let slice = UnsafeBufferPointer(rebasing: buffer[line.start..<line.end])
                    guard SearchFolder.contains(slice, Self.targetKey), let record = try? Record(line: slice) else { continue }
                    corrections.add(record)
                }
            }
        }
        for bytes in contents {
            bytes.withUnsafeBufferPointer { buffer in
                for line in LineScanner.lines(in: buffer) {
                    let slice = UnsafeBufferPointer(rebasing: buffer[line.start..<line.end])
                    if !matcher.mightMatch(line: slice) {
                        // An edit may have changed what the line says.
                        guard !corrections.isEmpty else { continue }
                        if let quick = LineScanner.quickID(in: slice),
                           !corrections.mayTouch(idBytes: quick) || RecordID(utf8: quick).map(corrections.touches) == false { continue }
                    }
                    guard let record = try? Record(line: slice), !record.kind.isCorrection,
                          !given.contains(record.id) else { continue }
                    if let existing = found[record.id], !existing.jsonLine.lexicographicallyPrecedes(record.jsonLine) { continue }
                    found[record.id] = record
                }
            }
        }
        for record in found.values {
            given.insert(record.id)
            if let resolved = corrections.resolve(record), matcher.matches(resolved) { held.append(resolved) }
        }
        held = Record.sortedChronologically(held).reversed()
        // Anything at least 14 hours into this month is newer than every older file.
        let safe = month.startLocalSeconds + Self.offsetSlack
        var count = 0
        for record in held {
            guard record.time.secondsSince1970 >= safe else { break }
            count += 1
            if !body(record) { return false }
        }
        held.removeFirst(count)
        return true
    }

    /// Gives out what is still held once every file was read.
    mutating func finish(_ body: (Record) -> Bool) {
        for record in held where !body(record) { break }
        held.removeAll()
    }
}
