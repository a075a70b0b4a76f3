import Foundation
import Testing
import TendCore
import TendJournalFormat

@Suite("Text: pretty JSON as JSONSerialization wrote it")
struct PrettyJSONTests {
    /// The same tree for JSONSerialization, which takes NSNull for null.
    static func foundationTree(_ value: Any) -> Any {
        switch value {
        case is JSONNull: return NSNull()
        case let array as [Any]: return array.map(foundationTree)
        case let object as [String: Any]: return object.mapValues(foundationTree)
        default: return value
        }
    }

    static func reference(_ value: Any) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: foundationTree(value),
                                              options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    @Test("every kind of value, nested and empty, and every character that needs escaping")
    func sameBytes() throws {
        let escapes = String(String.UnicodeScalarView((0..<0x80).compactMap(Unicode.Scalar.init))) + "/é\u{2028}👩🏽‍🚀"
        let tree: [String: Any] = [
            "text": escapes, "count": 42, "negative": -7, "yes": true, "no": false, "none": JSONNull(),
            "mood": Decimal(346) / 100, "whole": Decimal(400) / 100, "small": Decimal(-5) / 100,
            "list": [1, "two", JSONNull(), [Any](), [String: Any](), [["deep": [true]]]],
            "empty": [String: Any](), "nothing": [Any](), "Zebra": 1, "apple": 2, "a-b": 3, "byWeekday": 4, "byway": 5, "just-now": 6, "Mon": 7, "mood2": 8,
        ]
        #expect(PrettyJSON.text(tree) == (try Self.reference(tree)))
        #expect(PrettyJSON.text([Any]()) == (try Self.reference([Any]())))
    }
}
