/// A CSV file's cells as tend-import read them (with CSV.swift): the header
/// row and every row after it as the file has them, or why the file is not
/// CSV at all. `DaylioExport` and `DateTextCSV` make entries of them.
public struct CSVRecords: Hashable, Sendable {
    public var header: [String]
    public var rows: [[String]]
    /// Set when nothing in the file could be read as CSV.
    public var failure: String?

    public init(header: [String], rows: [[String]], failure: String? = nil) {
        self.header = header
        self.rows = rows
        self.failure = failure
    }
}
