import TendCore
import TendJournalFormat

/// Writes records out as a JSON array, JSON Lines, CSV or Markdown, in
/// chunks, oldest first. The array holds one record per line (`[`, then
/// `{…},` lines, then `]`), so it still greps and diffs line by line.
///
/// What goes in is `Journal.exportable(as:)`: for JSON every line another
/// device needs (edits and deletes as their own lines), for CSV and Markdown
/// the entries as they stand, without the bookkeeping of prompts offered.
/// Text from the journal is data: in CSV and Markdown control characters
/// are made visible and harmless, and a CSV cell that a spreadsheet would
/// run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage
/// return) starts with `'` instead.
public enum JournalExporter {
    /// Calls `write` with successive chunks of the export and `progress` with
    /// (records done, total) now and then. Markdown names practices by
    /// `practices`; JSON and CSV keep the ids.
    public static func export(
        _ records: [Record],
        as format: ExportFormat,
        practices: PracticeLibrary = .builtIn,
        progress: ((Int, Int) -> Void)? = nil,
        write: ([UInt8]) throws(StorageError) -> Void
    ) throws(StorageError) {
        var chunk: [UInt8] = []
        chunk.reserveCapacity(1 << 16)
        let total = records.count
        var lastMonth: MonthFile? = nil
        switch format {
        case .json: chunk.append(contentsOf: records.isEmpty ? "[".utf8 : "[\n".utf8)
        case .jsonl: break
        case .csv: chunk.append(contentsOf: (csvColumns.joined(separator: ",") + "\r\n").utf8)
        case .markdown: chunk.append(contentsOf: "# Tend journal\n".utf8)
        }
        for (index, record) in records.enumerated() {
            switch format {
            case .json:
                JSONLineWriter.write(record.jsonObject, to: &chunk)
                if index + 1 < total { chunk.append(UInt8(ascii: ",")) }
                chunk.append(0x0A)
            case .jsonl:
                JSONLineWriter.write(record.jsonObject, to: &chunk)
                chunk.append(0x0A)
            case .csv:
                chunk.append(contentsOf: csvRow(record).utf8)
            case .markdown:
                let month = MonthFile(record.time)
                if month != lastMonth {
                    chunk.append(contentsOf: "\n## \(monthTitle(month))\n\n".utf8)
                    lastMonth = month
                }
                chunk.append(contentsOf: markdownLine(record, practices: practices).utf8)
            }
            if chunk.count >= 1 << 16 {
                try write(chunk)
                chunk.removeAll(keepingCapacity: true)
                progress?(index + 1, total)
            }
        }
        if format == .json { chunk.append(contentsOf: "]\n".utf8) }
        if !chunk.isEmpty { try write(chunk) }
        progress?(total, total)
    }

    static let csvColumns = [
        "id", "time", "kind", "person", "intention", "mood", "practice", "practice_done", "note",
        "planned_seconds", "actual_seconds", "outcome", "prompt", "day", "latency", "happened",
        "my_part", "gesture", "tone", "text", "letter", "from",
        // A week's focus, its look back and the weekly review, after the
        // older columns so a sheet made from an earlier export still lines up
        // (`from` is a letter's writer, or the first day a review looks back on).
        "focus", "start", "stopped", "felt", "response", "noticed", "choice", "to", "went_well", "talk_about",
        // When and how an appreciation or a repair's words were sent, meetings, and the repair's words.
        "sent", "via", "meeting", "ritual", "label", "useful", "confusing", "energising", "for_them", "meant",
        "next_step", "words", "landed",
    ]

    private static func csvRow(_ record: Record) -> String {
        var cells = [String: String]()
        for member in record.payload.fields.members {
            let column: String
            switch member.key {
            case "practiceDone": column = "practice_done"
            case "plannedSeconds": column = "planned_seconds"
            case "actualSeconds": column = "actual_seconds"
            case "myPart": column = "my_part"
            case "who": column = "person"
            case "forThem": column = "for_them"
            case "nextStep": column = "next_step"
            case "card": column = "practice"
            case "done": column = "practice_done"
            case "wentWell": column = "went_well"
            case "talkAbout": column = "talk_about"
            default: column = member.key
            }
            switch member.value {
            case .string(let text): cells[column] = text
            case .int(let number): cells[column] = String(number)
            case .double(let number): cells[column] = String(number)
            case .bool(let flag): cells[column] = flag ? "true" : "false"
            default: break
            }
        }
        cells["id"] = record.id.rawValue
        cells["time"] = record.time.iso8601
        cells["kind"] = record.kind.rawValue
        return csvColumns.map { csvQuoted(csvInert(cells[$0] ?? "")) }.joined(separator: ",") + "\r\n"
    }

    /// `text` made harmless for a spreadsheet: controls as in `SafeText`
    /// (line breaks kept, as `\n`), and a leading `=`, `+`, `-`, `@`, tab or
    /// carriage return behind a `'`, so it is never run as a formula.
    static func csvInert(_ text: String) -> String {
        var clean = text
        if SafeText.needsCleaning(text) {
            let lines = text.replacingText("\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
            clean = lines.map { SafeText.line(String($0)) }.joined(separator: "\n")
        }
        guard let first = clean.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return clean }
        return "'" + clean
    }

    private static func csvQuoted(_ text: String) -> String {
        // By scalar: a `"` or `,` with a combining mark after it is still that byte to a CSV reader.
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingScalar("\"", with: "\"\"") + "\""
    }

    private static func markdownLine(_ record: Record, practices: PracticeLibrary) -> String {
        let l = record.time.local
        let summary = SafeText.line(RecordSummary.text(of: record, practices: practices))
        return "- **\(record.time.weekdayAbbreviation) \(l.day) \(LocalDay.monthAbbreviations[l.month - 1]), \(l.hourMinute)** · \(record.kind.label) · \(summary)\n"
    }

    private static func monthTitle(_ month: MonthFile) -> String {
        "\(LocalDay.monthNames[month.month - 1]) \(month.year)"
    }
}
