import CSV

/// A CSV file (RFC 4180: quoted cells may hold commas, quotes and line
/// breaks) as its header and rows, read with CSV.swift. Every row comes out
/// as the file has it, blank ones too, so whoever reads them can number them
/// as a spreadsheet does.
public enum CSVRows {
    public static func read(_ bytes: [UInt8]) throws(ArchiveFailure) -> (header: [String], rows: [[String]]) {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let text = String(decoding: bytes[start...], as: UTF8.self)
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true)
        } catch {
            throw ArchiveFailure("it is not a CSV file with a header row")
        }
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        return (reader.headerRow ?? [], rows)
    }
}
