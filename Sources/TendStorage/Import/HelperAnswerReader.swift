import TendCore
import TendJournalFormat

/// Reads what tend-import wrote: one JSON object a line, as TendArchives'
/// `HelperAnswerWriter` describes (`{"header": […]}` and `{"row": […]}` for
/// a CSV file, `{"file": name, "size": n}` and n bytes for each JSON file of
/// a zip, `{"failure": why}` alone). Pure, so it can be fuzzed.
public enum HelperAnswerReader {
    /// Why an answer cannot be read: it is cut short or not in those lines.
    public struct Garbled: Error, Hashable, Sendable {}

    /// A CSV file's header and rows, or why it is not CSV.
    public static func csvRecords(_ output: [UInt8]) throws(Garbled) -> CSVRecords {
        var records = CSVRecords(header: [], rows: [])
        var sawHeader = false
        var reader = Lines(output)
        while let object = try reader.next() {
            if let failure = string(object["failure"]) { return CSVRecords(header: [], rows: [], failure: failure) }
            guard let cells = strings(object[sawHeader ? "row" : "header"]) else { throw Garbled() }
            if sawHeader { records.rows.append(cells) } else { records.header = cells }
            sawHeader = true
        }
        guard sawHeader else { throw Garbled() }
        return records
    }

    /// The JSON files of a zip, in its order; or why it cannot be read (as a `failure` line said).
    public static func jsonFiles(_ output: [UInt8]) throws(Garbled) -> Result<[(name: String, bytes: [UInt8])], ArchiveUnreadable> {
        var files: [(name: String, bytes: [UInt8])] = []
        var reader = Lines(output)
        while let object = try reader.next() {
            if let failure = string(object["failure"]) { return .failure(ArchiveUnreadable(reason: failure)) }
            guard let name = string(object["file"]), case .int(let size)? = object["size"] else { throw Garbled() }
            files.append((name, try reader.bytes(size)))
        }
        return .success(files)
    }

    /// Why the helper could not read a zip, in its words.
    public struct ArchiveUnreadable: Error, Hashable, Sendable {
        public var reason: String
    }

    /// The answer's lines, with a run of raw bytes where a file's line says so.
    private struct Lines {
        let output: [UInt8]
        var index = 0

        init(_ output: [UInt8]) { self.output = output }

        mutating func next() throws(Garbled) -> JSONObject? {
            guard index < output.count else { return nil }
            guard let end = output[index...].firstIndex(of: 0x0A) else { throw Garbled() }
            defer { index = end + 1 }
            do throws(JSONLineParser.Failure) {
                return try JSONLineParser.parseObject(output[index..<end])
            } catch {
                throw Garbled()
            }
        }

        mutating func bytes(_ count: Int) throws(Garbled) -> [UInt8] {
            guard count >= 0, count < output.count - index, output[index + count] == 0x0A else { throw Garbled() }
            defer { index += count + 1 }
            return Array(output[index..<index + count])
        }
    }

    private static func string(_ value: FieldValue?) -> String? {
        if case .string(let text)? = value { return text }
        return nil
    }

    private static func strings(_ value: FieldValue?) -> [String]? {
        guard case .array(let items)? = value else { return nil }
        var texts: [String] = []
        for item in items {
            guard case .string(let text) = item else { return nil }
            texts.append(text)
        }
        return texts
    }
}
