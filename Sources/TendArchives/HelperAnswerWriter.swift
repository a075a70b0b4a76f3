import Foundation

/// What `tend-import` writes on its standard output for `tend import`, which
/// reads it with TendStorage's `HelperAnswerReader`. One JSON object a line:
///
///     {"header":["full_date","mood"]}      a CSV file's header row, first
///     {"row":["2026-11-25","rad"]}         then each row, blank ones too
///     {"file":"Journal.json","size":1234}  a JSON file in a zip: its bytes follow, then a newline
///     {"failure":"it is empty"}            why the file cannot be read, alone
///
/// Plain values only: what the entries mean is decided in `tend`.
public enum HelperAnswerWriter {
    /// The formats it reads, each the word that names it on the command line.
    public enum Format: String, CaseIterable, Sendable {
        case zip, csv
    }

    public static func answer(_ format: Format, reading input: [UInt8]) -> [UInt8] {
        do throws(ArchiveFailure) {
            switch format {
            case .zip:
                var out: [UInt8] = []
                for file in try ZipJSONFiles.read(input) {
                    out += line(Line(file: file.name, size: file.bytes.count))
                    out += file.bytes
                    out.append(0x0A)
                }
                return out
            case .csv:
                let table = try CSVRows.read(input)
                var out = line(Line(header: table.header))
                for row in table.rows { out += line(Line(row: row)) }
                return out
            }
        } catch {
            return line(Line(failure: error.reason))
        }
    }

    private struct Line: Encodable {
        var header: [String]?
        var row: [String]?
        var file: String?
        var size: Int?
        var failure: String?
    }

    private static func line(_ value: Line) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        // Strings and arrays of strings always encode.
        return ((try? encoder.encode(value)).map { [UInt8]($0) } ?? []) + [0x0A]
    }
}
