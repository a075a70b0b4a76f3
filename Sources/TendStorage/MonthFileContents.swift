import TendCore
import TendJournalFormat

/// The parsed lines of one month file: records, corrections and the lines
/// that could not be read (kept in the file, reported by `tend doctor`).
struct MonthFileContents: Sendable {
    /// A line that is not a usable record, with where it is and why.
    struct Unreadable: Sendable {
        let line: Int
        let reason: RecordError
    }

    var records: [Record] = []
    var unreadable: [Unreadable] = []
    var lineCount = 0
    var endsWithNewline = true
    /// True when `LineScanner.quickID` gives the right id for every record line.
    var quickIDsAreRight = true

    /// Parses every line of `bytes`.
    init(bytes: [UInt8]) {
        endsWithNewline = bytes.last.map { $0 == 0x0A } ?? true
        bytes.withUnsafeBufferPointer { buffer in
            let lines = LineScanner.lines(in: buffer)
            lineCount = lines.count
            records.reserveCapacity(lines.count)
            for line in lines {
                do throws(RecordError) {
                    let slice = UnsafeBufferPointer(rebasing: buffer[line.start..<line.end])
                    let record = try Record(line: slice)
                    if quickIDsAreRight, let quick = LineScanner.quickID(in: slice), RecordID(utf8: quick) != record.id {
                        quickIDsAreRight = false
                    }
                    records.append(record)
                } catch {
                    unreadable.append(Unreadable(line: line.number, reason: error))
                }
            }
        }
    }
}
