import TendCore
import TendJournalFormat

/// Reads a file to import, JSON Lines or a JSON array of records (what
/// `tend export --format jsonl` and `--format json` write): the records, the
/// lines or entries refused and why, and, when nothing in it is JSON at all,
/// what it looks like instead (so the person hears once which formats
/// `tend import` reads, not once a line). Pure, so it can be fuzzed.
public enum ImportParser {
    /// What a file that holds no JSON looks like.
    public enum Format: String, Hashable, Sendable {
        case csv = "a CSV file"
        case markdown = "a Markdown file"
        case other = "not JSON Lines"
    }

    public struct Result: Sendable {
        public var records: [Record] = []
        public var rejected: [ImportSummary.Rejection] = []
        /// Set when no line is a JSON object at all.
        public var unrecognized: Format?
    }

    public static func parse(_ bytes: [UInt8], maxRecordBytes: Int = Journal.maxRecordBytes) -> Result {
        var result = Result()
        let isArray = bytes.withUnsafeBufferPointer { JSONArraySplitter.looksLikeArray($0) }
        if isArray { return parseArray(bytes, maxRecordBytes: maxRecordBytes) }
        var sawJSON = false
        var firstLine: [UInt8]? = nil
        bytes.withUnsafeBufferPointer { buffer in
            for line in LineScanner.lines(in: buffer) {
                let slice = UnsafeBufferPointer(rebasing: buffer[line.start..<line.end])
                if firstLine == nil { firstLine = Array(slice.prefix(200)) }
                do throws(RecordError) {
                    let record = try Record(line: slice)
                    sawJSON = true
                    // The limit is on the line as it will be stored, which escapes may lengthen.
                    let size = record.jsonLine.count + 1
                    guard size <= maxRecordBytes else { throw .tooLarge(bytes: size, limit: maxRecordBytes) }
                    result.records.append(record)
                } catch {
                    if case .notJSON = error {} else { sawJSON = true }
                    result.rejected.append(.init(line: line.number, reason: "\(error)"))
                }
            }
        }
        if !sawJSON, let first = firstLine {
            let text = String(decoding: first, as: UTF8.self)
            if text.hasPrefix("id,time,kind") || (text.includes(",") && !text.includes("{")) {
                result.unrecognized = .csv
            } else if text.hasPrefix("#") || text.hasPrefix("- ") {
                result.unrecognized = .markdown
            } else {
                result.unrecognized = .other
            }
        }
        return result
    }

    /// A JSON array of records: each element read on its own, so one broken
    /// element is named (with the line it starts on) and the rest are kept.
    private static func parseArray(_ bytes: [UInt8], maxRecordBytes: Int) -> Result {
        var result = Result()
        bytes.withUnsafeBufferPointer { buffer in
            switch JSONArraySplitter.elements(in: buffer) {
            case .failure(let failure):
                result.rejected.append(.init(place: .line(failure.line), reason: "the JSON array is broken: \(failure.reason)"))
            case .success(let elements):
                for element in elements {
                    let slice = UnsafeBufferPointer(rebasing: buffer[element.start..<element.end])
                    do throws(RecordError) {
                        let record = try Record(line: slice)
                        let size = record.jsonLine.count + 1
                        guard size <= maxRecordBytes else { throw .tooLarge(bytes: size, limit: maxRecordBytes) }
                        result.records.append(record)
                    } catch {
                        result.rejected.append(.init(place: .entry(element.index, line: element.line), reason: "\(error)"))
                    }
                }
            }
        }
        return result
    }
}
