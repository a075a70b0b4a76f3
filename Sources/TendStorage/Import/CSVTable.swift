import CSV
import Foundation

/// A CSV file (RFC 4180: quoted cells may hold commas, quotes and line
/// breaks) as a header and rows, read with CSV.swift. Row numbers count the
/// header as row 1, as a spreadsheet shows them.
struct CSVTable {
    let header: [String]
    let rows: [(number: Int, cells: [String])]

    init(_ bytes: [UInt8]) throws(ForeignFailure) {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let text = String(decoding: bytes[start...], as: UTF8.self)
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true)
        } catch {
            throw ForeignFailure("it is not a CSV file with a header row")
        }
        var rows: [(Int, [String])] = []
        var number = 1
        while let row = reader.next() {
            number += 1
            if row.allSatisfy({ $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) { continue }
            rows.append((number, row))
        }
        guard let header = reader.headerRow, !header.isEmpty else { throw ForeignFailure("it is empty") }
        self.header = header.map { $0.trimmingCharacters(in: .whitespaces) }
        self.rows = rows
    }

    /// The position of the column named `name` (case ignored), or numbered
    /// `name` (from 1).
    func column(_ name: String) -> Int? {
        if let number = Int(name), (1...header.count).contains(number) { return number - 1 }
        return header.firstIndex { $0.caseInsensitiveCompare(name.trimmingCharacters(in: .whitespaces)) == .orderedSame }
    }

    /// The cell in `column`, or "" when the row is short.
    static func cell(_ cells: [String], _ column: Int?) -> String {
        guard let column, column < cells.count else { return "" }
        return cells[column]
    }
}
