import TendCore

/// Reading another journal's JSON export: the whole document parsed once,
/// its `entries` array handed out one entry at a time with its position.
enum ForeignJSON {
    /// The `entries` of the document in `bytes`, or why they cannot be read.
    static func entries(_ bytes: [UInt8], what: String) -> Result<[JSONObject?], ForeignFailure> {
        let parsed: JSONObject
        do throws(JSONLineParser.Failure) {
            parsed = try bytes.withUnsafeBufferPointer { (buffer) throws(JSONLineParser.Failure) -> JSONObject in
                let start = buffer.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
                return try JSONLineParser.parseObject(UnsafeBufferPointer(rebasing: buffer[start...]), maxDepth: 64)
            }
        } catch {
            return .failure(ForeignFailure("it is not \(what) (\(explain(error, in: bytes)))"))
        }
        guard case .array(let entries)? = parsed["entries"] else {
            return .failure(ForeignFailure("it is JSON, but not \(what) (it has no list of \"entries\")"))
        }
        return .success(entries.map { if case .object(let object) = $0 { object } else { nil } })
    }

    /// The parser's complaint, with the line the byte is on.
    static func explain(_ failure: JSONLineParser.Failure, in bytes: [UInt8]) -> String {
        switch failure {
        case .unexpected(let offset), .invalidUTF8(let offset):
            let line = bytes.prefix(offset).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            let what = failure.explanation.replacingOccurrences(of: " (a torn or hand-edited line?)", with: "")
            return "\(what), on line \(line)"
        case .empty: return "the file is empty"
        case .notAnObject: return "it does not start with {"
        case .tooDeep: return failure.explanation
        }
    }

    /// A text field, or nil.
    static func string(_ object: JSONObject, _ key: String) -> String? {
        object[key]?.stringValue
    }

    /// A list of texts (tags), leaving out anything else.
    static func strings(_ object: JSONObject, _ key: String) -> [String] {
        guard case .array(let values)? = object[key] else { return [] }
        return values.compactMap(\.stringValue).filter { !$0.isEmpty }
    }
}

/// Why a whole file cannot be read.
struct ForeignFailure: Error {
    let reason: String
    init(_ reason: String) { self.reason = reason }
}
