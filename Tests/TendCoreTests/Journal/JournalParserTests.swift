import Foundation
import Testing
import TendCore
import TendJournalFormat

@Suite("Journal records: the JSON line parser")
struct JournalParserTests {
    static let samples: [String] = [
        #"{"a":"b"}"#,
        #"{ "a" : 1 , "b" : -2.5e3, "c": true, "d": false, "e": null }"#,
        #"{"s":"q\"b\\s\/n\n\t\r\b\f\u00e9\ud83d\ude00"}"#,
        #"{"nested":{"x":{"y":[1,"two",{"z":null}]}}}"#,
        #"{"big":12345678901234,"zero":0,"neg":-0.5}"#,
        "{\"raw\":\"José 日本 👩🏽‍🚀\"}\r",
    ]

    @Test("agrees with JSONSerialization on valid lines", arguments: samples)
    func agreesWithFoundation(line: String) throws {
        let ours = try JSONLineParser.parseObject(Array(line.utf8))
        let theirs = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? NSDictionary
        #expect(NSDictionary(dictionary: Self.plain(.object(ours)) as? [String: Any] ?? [:]) == theirs)
    }

    static let broken: [String] = [
        "", "[]", "{", #"{"a"}"#, #"{"a":}"#, #"{"a":1,}"#, #"{"a":01}"#, #"{"a":tru}"#,
        #"{"a":"\x"}"#, #"{"a":"\ud83d"}"#, "{\"a\":\"line\nbreak\"}", #"{"a":1} trailing"#, #"{"a":1e}"#,
    ]

    @Test("refuses what is not one JSON object", arguments: broken)
    func refusesBroken(line: String) {
        #expect(throws: JSONLineParser.Failure.self) { try JSONLineParser.parseObject(Array(line.utf8)) }
    }

    @Test("refuses nesting deeper than eight levels")
    func tooDeep() {
        let line = String(repeating: #"{"a":"#, count: 10) + "1" + String(repeating: "}", count: 10)
        #expect(throws: JSONLineParser.Failure.tooDeep) { try JSONLineParser.parseObject(Array(line.utf8)) }
    }

    /// Converts to Foundation types so the two parsers can be compared.
    static func plain(_ value: FieldValue) -> Any {
        switch value {
        case .string(let s): return s
        case .int(let i): return NSNumber(value: i)
        case .double(let d): return NSNumber(value: d)
        case .bool(let b): return NSNumber(value: b)
        case .null: return NSNull()
        case .array(let values): return values.map(plain)
        case .object(let object):
            var dictionary: [String: Any] = [:]
            for member in object.members { dictionary[member.key] = plain(member.value) }
            return dictionary
        }
    }
}
