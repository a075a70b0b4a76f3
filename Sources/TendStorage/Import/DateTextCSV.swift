import Foundation
import TendCore

/// Any CSV with a date and a text column (Presently's export, a
/// spreadsheet): `--date-column` and `--text-column` name them (by header,
/// or by number from 1); without them the first column called date, day,
/// created or time and the first called text, entry, content, note or body
/// are used. Dates are `2026-11-23`, `2026/11/23`, with an optional time
/// (`2026-11-23 21:30`), or a full time with its offset. Pure, so it can be fuzzed.
public enum DateTextCSV {
    public static let dateNames = ["date", "day", "created", "time"]
    public static let textNames = ["text", "entry", "content", "note", "body"]

    public static func parse(_ csv: CSVRecords, dateColumn: String? = nil, textColumn: String? = nil,
                             timeZone: Zone) -> ForeignParse {
        let table: CSVTable
        do throws(ForeignFailure) { table = try CSVTable(csv) } catch { return ForeignParse(failure: error.reason) }
        let columns = table.header.map { "\"\($0)\"" }.joined(separator: ", ")
        func find(_ given: String?, _ names: [String], _ flag: String) -> Result<Int, ForeignFailure> {
            if let given {
                guard let column = table.column(given) else {
                    return .failure(ForeignFailure("it has no column \"\(given)\" for \(flag) (its columns: \(columns))"))
                }
                return .success(column)
            }
            guard let column = names.lazy.compactMap({ table.column($0) }).first else {
                return .failure(ForeignFailure("name its columns with \(flag) (its columns: \(columns))"))
            }
            return .success(column)
        }
        let dateIndex: Int, textIndex: Int
        switch (find(dateColumn, dateNames, "--date-column"), find(textColumn, textNames, "--text-column")) {
        case (.failure(let failure), _), (_, .failure(let failure)): return ForeignParse(failure: failure.reason)
        case (.success(let date), .success(let text)): (dateIndex, textIndex) = (date, text)
        }
        var result = ForeignParse()
        for (number, cells) in table.rows {
            let place = ImportSummary.Rejection.Place.row(number)
            let dateText = CSVTable.cell(cells, dateIndex)
            guard let time = ForeignTime.dateAndTime(dateText, in: timeZone) else {
                result.rejected.append(.init(place: place, reason: "its date is not like 2026-11-23 or 2026-11-23 21:30"))
                continue
            }
            let text = CSVTable.cell(cells, textIndex).replacingText("\r\n", with: "\n")
            guard !text.trimmedIncludingNewlines().isEmpty else {
                result.rejected.append(.init(place: place, reason: "its text is empty"))
                continue
            }
            result.entries.append(ForeignEntry(place: place, time: time, text: text, identity: "\(dateText)\n\(text)"))
        }
        return result
    }
}
