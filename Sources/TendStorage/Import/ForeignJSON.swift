import TendCore
import TendJournalFormat

/// Reading another journal's JSON export: the whole document parsed once,
/// its `entries` array handed out one entry at a time with its position.
enum ForeignJSON {
    /// The `entries` of the document in `bytes`, or why they cannot be read.
    private static func entries(_ bytes: [UInt8], what: String) -> Result<[JSONObject?], ForeignFailure> {
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

    /// Each object of the document's `entries` made into an entry by `read`
    /// (given the object and its place), which throws why it refuses one; an
    /// element that is not an object is refused for that.
    static func parse(_ bytes: [UInt8], what: String,
                      _ read: (JSONObject, ImportSummary.Rejection.Place) throws(ForeignFailure) -> ForeignEntry) -> ForeignParse {
        let entries: [JSONObject?]
        switch self.entries(bytes, what: what) {
        case .failure(let failure): return ForeignParse(failure: failure.reason)
        case .success(let found): entries = found
        }
        var result = ForeignParse()
        for (offset, object) in entries.enumerated() {
            let place = ImportSummary.Rejection.Place.entry(offset + 1, line: nil)
            do throws(ForeignFailure) {
                guard let object else { throw ForeignFailure("it is not an object") }
                result.entries.append(try read(object, place))
            } catch {
                result.rejected.append(.init(place: place, reason: error.reason))
            }
        }
        return result
    }

    /// The parser's complaint, with the line the byte is on.
    static func explain(_ failure: JSONLineParser.Failure, in bytes: [UInt8]) -> String {
        switch failure {
        case .unexpected(let offset), .invalidUTF8(let offset):
            let line = bytes.prefix(offset).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            let what = failure.explanation.replacingText(" (a torn or hand-edited line?)", with: "")
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

/// Why a whole file, or one entry in it, cannot be read.
struct ForeignFailure: Error {
    let reason: String
    init(_ reason: String) { self.reason = reason }
}
