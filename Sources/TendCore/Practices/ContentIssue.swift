/// A problem found while reading a content file (practice cards or
/// prompts), kept as a value so that one bad card never hides the others.
///
/// Its description names the file, the line when known and the card, in
/// the familiar `file:line: message` shape.
public struct ContentIssue: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong.
    public enum Problem: Hashable, Sendable {
        /// The file is not valid TOML; nothing in it was read.
        case syntax(String)
        /// A `[[practice]]` entry that is not a table.
        case notATable
        case missingField(String)
        case wrongType(field: String, expected: String)
        case emptyField(String)
        /// A field shown as one line holds a line break.
        case notOneLine(String)
        case invalidID(String)
        case unknownValue(field: String, value: String, known: [String])
        case secondsOutOfRange(Int)
        case duplicateID(String, firstLine: Int?)
        case clashesWithBuiltIn(String)
        /// A key Tend does not know; it is ignored, the rest still loads.
        case unknownKey(String)
        /// `next` names no card (or the card itself); it is ignored, the card still loads.
        case unusableNext(String)
    }

    /// The file, as the user knows it (a path, or a name for built-in files).
    public var source: String
    /// The 1-based line, when it could be found.
    public var line: Int?
    /// The card's id, when it has a usable one.
    public var cardID: String?
    /// The card's 1-based position in its file, when the problem is about a card.
    public var cardPosition: Int?
    public var problem: Problem

    public init(source: String, line: Int?, cardID: String? = nil, cardPosition: Int? = nil, problem: Problem) {
        self.source = source; self.line = line
        self.cardID = cardID; self.cardPosition = cardPosition
        self.problem = problem
    }

    /// True when the card (or for a syntax error, the whole file) was not loaded.
    public var skipsCard: Bool {
        switch problem {
        case .unknownKey, .unusableNext: return false
        default: return true
        }
    }

    public var description: String {
        var text = source
        if let line { text += ":\(line)" }
        text += ": "
        if let cardID {
            text += "card \"\(cardID)\": "
        } else if let cardPosition {
            text += "card \(cardPosition): "
        }
        text += message
        if case .syntax = problem {
            text += " (nothing in this file was loaded)"
        } else if skipsCard && (cardID != nil || cardPosition != nil) {
            text += " (card skipped)"
        }
        return text
    }

    /// The problem in words, without the location.
    public var message: String {
        switch problem {
        case .syntax(let detail):
            return "not valid TOML: \(detail)"
        case .notATable:
            return "each [[practice]] entry must be a table of fields"
        case .missingField(let field):
            return "missing \"\(field)\""
        case .wrongType(let field, let expected):
            return "\"\(field)\" should be \(expected)"
        case .emptyField(let field):
            return "\"\(field)\" is empty"
        case .notOneLine(let field):
            return "\"\(field)\" must fit on one line"
        case .invalidID(let id):
            return "id \"\(id)\" should be lowercase letters, digits and single hyphens, like \"my-card\""
        case .unknownValue(let field, let value, let known):
            return "unknown \(field) \"\(value)\" (known: \(known.joined(separator: ", ")))"
        case .secondsOutOfRange(let seconds):
            return "seconds is \(seconds); use a number from 1 to 3600"
        case .duplicateID(let id, let firstLine):
            let first = firstLine.map { " (first used on line \($0))" } ?? ""
            return "id \"\(id)\" is used twice\(first)"
        case .clashesWithBuiltIn(let id):
            return "id \"\(id)\" belongs to a built-in card; give yours another id"
        case .unknownKey(let key):
            return "unknown key \"\(key)\", ignored"
        case .unusableNext(let next):
            return "\"next\" should name another card by its id; \"\(next)\" is not one, so it is ignored"
        }
    }
}
