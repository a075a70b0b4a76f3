import Foundation

/// Null in a `PrettyJSON` tree (where JSONSerialization took NSNull).
public struct JSONNull: Sendable {
    public init() {}
}

/// A tree of `[String: Any]`, `[Any]`, `String`, `Int`, `Bool`, `Decimal`
/// and `JSONNull` as text, byte for byte what `JSONSerialization` wrote with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`: keys sorted
/// ignoring case, two spaces a level, `"key" : value`, an empty container
/// as an empty line. JSONSerialization is swift-corelibs-foundation, which
/// links ICU.
public enum PrettyJSON {
    public static func text(_ value: Any) -> String {
        var out = ""
        write(value, indent: "", into: &out)
        return out
    }

    private static func write(_ value: Any, indent: String, into out: inout String) {
        let inner = indent + "  "
        switch value {
        case let text as String: quote(text, into: &out)
        case let flag as Bool: out += flag ? "true" : "false"
        case let number as Int: out += String(number)
        case let number as Decimal: out += number.description
        case is JSONNull: out += "null"
        case let array as [Any]:
            out += "[\n"
            for (index, element) in array.enumerated() {
                out += index == 0 ? inner : ",\n" + inner
                write(element, indent: inner, into: &out)
            }
            out += "\n" + indent + "]"
        case let object as [String: Any]:
            out += "{\n"
            for (index, key) in object.keys.sorted(by: inKeyOrder).enumerated() {
                out += index == 0 ? inner : ",\n" + inner
                quote(key, into: &out)
                out += " : "
                write(object[key]!, indent: inner, into: &out)
            }
            out += "\n" + indent + "}"
        default:
            preconditionFailure("PrettyJSON cannot write a \(type(of: value))")
        }
    }

    /// JSONSerialization's order: it compares keys ignoring case, by the
    /// locale's collation; for keys of letters and hyphens, all Tend writes,
    /// that is this.
    private static func inKeyOrder(_ a: String, _ b: String) -> Bool {
        let (foldedA, foldedB) = (a.lowercased(), b.lowercased())
        return foldedA == foldedB ? a < b : foldedA < foldedB
    }

    private static func quote(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{8}": out += "\\b"
            case "\u{C}": out += "\\f"
            case "\u{0}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
