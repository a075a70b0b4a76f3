import TendCore

/// What `tend import` did: how many records were added, how many were
/// already there, and which lines were refused and why.
public struct ImportSummary: Hashable, Sendable {
    /// A refused line, entry or row of the input file.
    public struct Rejection: Hashable, Sendable {
        /// Where it is: a line of a JSON Lines file, an element of an array
        /// (or another journal's entry) and the line it starts on, a CSV row.
        public enum Place: Hashable, Sendable {
            case line(Int)
            case entry(Int, line: Int?)
            case row(Int)
        }

        public let place: Place
        public let reason: String

        public init(place: Place, reason: String) {
            self.place = place
            self.reason = reason
        }

        public init(line: Int, reason: String) {
            self.init(place: .line(line), reason: reason)
        }

        /// The line it starts on, when known.
        public var line: Int? {
            switch place {
            case .line(let line): return line
            case .entry(_, let line): return line
            case .row: return nil
            }
        }

        /// "line 4", "entry 3 (line 20)", "row 5".
        public var position: String {
            switch place {
            case .line(let line): return "line \(line)"
            case .entry(let index, let line?): return "entry \(index) (line \(line))"
            case .entry(let index, nil): return "entry \(index)"
            case .row(let row): return "row \(row)"
            }
        }
    }

    public var added = 0
    public var alreadyPresent = 0
    /// Of `added`, records whose id was here with other contents: both are
    /// kept, and every reader shows the same one (`tend doctor` lists them).
    public var otherVersions = 0
    public var rejected: [ImportSummary.Rejection] = []
    /// Set when the file holds no JSON at all (then nothing was imported).
    public var unrecognized: ImportParser.Format?
    /// Month paths that could not be read while looking for what is already here.
    public var skipped: [SkippedFile] = []

    public init() {}

    /// Counts `records` against the versions `present` already, and gives
    /// the ones to add (a repeat inside `records` counts once).
    @discardableResult
    mutating func count(_ records: [Record], present found: [RecordID: [Record]]) -> [Record] {
        var present = found
        var adding: [Record] = []
        for record in records {
            if let here = present[record.id] {
                if here.contains(record) { alreadyPresent += 1; continue }
                otherVersions += 1
            }
            present[record.id, default: []].append(record)
            adding.append(record)
            added += 1
        }
        return adding
    }
}
