/// Why a line is not a record Tend can use. The description is written for
/// `tend doctor` and `tend import` output.
public enum RecordError: Error, Hashable, Sendable, CustomStringConvertible {
    case notJSON(JSONSyntaxFailure)
    case missingField(String)
    case wrongType(field: String, expected: String)
    case invalidValue(field: String, reason: String)
    case unknownKind(String)
    case newerVersion(Int)
    case tooLarge(bytes: Int, limit: Int)

    public var description: String {
        switch self {
        case .notJSON(let failure): return failure.explanation
        case .missingField(let field): return "the field \"\(field)\" is missing"
        case .wrongType(let field, let expected): return "the field \"\(field)\" should be \(expected)"
        case .invalidValue(let field, let reason): return "the field \"\(field)\" \(reason)"
        case .unknownKind(let kind): return "Tend does not know the kind \"\(SafeText.line(kind))\""
        case .newerVersion(let version):
            return "it was written by a newer Tend (format v\(version)); update Tend to read it"
        case .tooLarge(let bytes, let limit):
            return "it is \(ByteCount.text(bytes)), over the \(ByteCount.text(limit)) a record may hold"
        }
    }
}
