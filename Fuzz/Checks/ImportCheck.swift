import TendCore
import TendJournalFormat
import TendStorage

/// What `tend import` makes of a file: every non-blank line (or, for a JSON
/// array, every element) either a record or a refusal, in order, nothing
/// over the size limit, and a file called "not JSON" only when nothing in it was.
public enum ImportCheck {
    public static let check = FuzzCheck(name: "import") { input in
        let result = ImportParser.parse(input, maxRecordBytes: 4096)
        let isArray = input.withUnsafeBufferPointer { JSONArraySplitter.looksLikeArray($0) }
        if isArray {
            switch input.withUnsafeBufferPointer({ JSONArraySplitter.elements(in: $0) }) {
            case .failure:
                if !result.records.isEmpty || result.rejected.count != 1 { return "a broken array gave records or more than one refusal" }
            case .success(let elements):
                if result.records.count + result.rejected.count != elements.count { return "records and refusals do not add up to the elements" }
                if elements.contains(where: { $0.start > $0.end || $0.end > input.count }) { return "an element outside the input" }
            }
        } else {
            let lines = input.split(separator: 0x0A, omittingEmptySubsequences: true).filter { line in
                line.contains { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }
            }
            if result.records.count + result.rejected.count != lines.count { return "records and refusals do not add up to the lines" }
        }
        if !result.records.allSatisfy({ $0.jsonLine.count + 1 <= 4096 }) { return "a record over the limit was accepted" }
        let lines = result.rejected.compactMap(\.line)
        if lines != lines.sorted() { return "refusals out of order" }
        if result.unrecognized != nil, !result.records.isEmpty { return "a file with records was called not JSON" }
        return nil
    }
}
