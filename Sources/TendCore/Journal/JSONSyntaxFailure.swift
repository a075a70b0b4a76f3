/// Why a line is not a JSON object (a `RecordError` names it; the
/// parser, in TendJournalFormat, finds it).
public enum JSONSyntaxFailure: Error, Hashable, Sendable {
    case empty
    case notAnObject
    case unexpected(byteOffset: Int)
    case invalidUTF8(byteOffset: Int)
    case tooDeep

    /// A short explanation for `tend doctor` and `tend import`.
    public var explanation: String {
        switch self {
        case .empty: return "the line is empty"
        case .notAnObject: return "the line is not a JSON object"
        case .unexpected(let offset): return "the JSON is broken at byte \(offset + 1) (a torn or hand-edited line?)"
        case .invalidUTF8(let offset): return "the text is not valid UTF-8 at byte \(offset + 1)"
        case .tooDeep: return "the JSON is nested too deeply"
        }
    }
}
