import Foundation
import TendCore
import TendArchives
import TendJournalFormat
import TendStorage

/// Other journals' exports (jrnl, Day One, Daylio, a date-and-text CSV):
/// on any bytes no crash; a file either fails whole or gives entries and
/// refusals; every record made reads back the same from the line Tend
/// writes for it (whatever import accepts, every reader can read); and the
/// same bytes always give the same ids. CSV goes through tend-import's
/// answer, as `tend import` reads it, so its lines are checked too.
public enum ForeignImportCheck {
    public static let check = FuzzCheck(name: "foreign-import") { input in
        let zone = Zone(identifier: "Europe/Berlin") ?? .current
        guard let csv = try? HelperAnswerReader.csvRecords(HelperAnswerWriter.answer(.csv, reading: input)) else {
            return "csv: tend-import's answer does not read back"
        }
        let parses: [(ImportSource, ForeignParse)] = [
            (.jrnl, JrnlExport.parse(input, timeZone: zone)),
            (.dayone, DayOneExport.parse(input, timeZone: zone)),
            (.daylio, DaylioExport.parse(csv, timeZone: zone)),
            (.csv, DateTextCSV.parse(csv, timeZone: zone)),
        ]
        for (source, parse) in parses {
            if parse.failure != nil, !parse.entries.isEmpty { return "\(source): a failed file still gave entries" }
            let made = ForeignImport.records(from: parse, source: source, knownPeople: ["Ana", "Zoë"], maxRecordBytes: 4096)
            if made.records.count + made.rejected.count != parse.entries.count + parse.rejected.count {
                return "\(source): records and refusals do not add up to the entries"
            }
            for record in made.records {
                guard let back = try? Record(line: record.jsonLine), back == record else {
                    return "\(source): a record made from an entry does not read back: \(String(decoding: record.jsonLine, as: UTF8.self))"
                }
            }
            let again = ForeignImport.records(from: parse, source: source, knownPeople: ["Ana", "Zoë"], maxRecordBytes: 4096)
            if again.records.map(\.id) != made.records.map(\.id) { return "\(source): the same entries gave other ids" }
        }
        return nil
    }
}
