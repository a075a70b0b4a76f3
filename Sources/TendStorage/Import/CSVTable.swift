import Foundation

/// A CSV file's header and numbered rows, from the cells tend-import read
/// (see `CSVRecords`). Row numbers count the header as row 1, as a
/// spreadsheet shows them; blank rows are skipped.
struct CSVTable {
    let header: [String]
    let rows: [(number: Int, cells: [String])]

    init(_ records: CSVRecords) throws(ForeignFailure) {
        if let failure = records.failure { throw ForeignFailure(failure) }
        var rows: [(Int, [String])] = []
        var number = 1
        for row in records.rows {
            number += 1
            if row.allSatisfy({ $0.trimmedIncludingNewlines().isEmpty }) { continue }
            rows.append((number, row))
        }
        guard !records.header.isEmpty else { throw ForeignFailure("it is empty") }
        self.header = records.header.map { $0.trimmed() }
        self.rows = rows
    }

    /// The position of the column named `name` (case ignored), or numbered
    /// `name` (from 1).
    func column(_ name: String) -> Int? {
        if let number = Int(name), (1...header.count).contains(number) { return number - 1 }
        let wanted = name.trimmed().lowercased()
        return header.firstIndex { $0.lowercased() == wanted }
    }

    /// The cell in `column`, or "" when the row is short.
    static func cell(_ cells: [String], _ column: Int?) -> String {
        guard let column, column < cells.count else { return "" }
        return cells[column]
    }
}
