import Foundation
import Testing
import TendCore
import TendJournalFormat
import TendTestSupport

@Suite("Journal records: the line format")
struct JournalRecordCodingTests {
    @Test("every kind survives writing and reading back", arguments: RecordSamples.everyKind)
    func roundTrip(record: Record) throws {
        let read = try Record(line: record.jsonLine)
        #expect(read == record)
        #expect(read.jsonLine == record.jsonLine)
    }

    @Test("a line starts with v, id, time and kind")
    func envelopeOrder() {
        let line = String(decoding: RecordSamples.appreciation(1).jsonLine, as: UTF8.self)
        #expect(line == #"{"v":1,"id":"t-1","time":"2026-11-23T21:30:05+01:00","kind":"appreciation","person":"José","text":"Thank you for the soup."}"#)
    }

    @Test("a missing field is named")
    func missingField() {
        let line = #"{"v":1,"id":"a","time":"2026-11-23T21:30:05+01:00","kind":"appreciation","person":"Ana"}"#
        #expect(throws: RecordError.missingField("text")) { try Record(line: Array(line.utf8)) }
    }

    @Test("a record from a newer format version is refused, not misread")
    func newerVersion() {
        let line = #"{"v":2,"id":"a","time":"2026-11-23T21:30:05+01:00","kind":"appreciation","person":"Ana","text":"x"}"#
        #expect(throws: RecordError.newerVersion(2)) { try Record(line: Array(line.utf8)) }
    }

    @Test("an unknown kind is refused with its name")
    func unknownKind() {
        let line = #"{"v":1,"id":"a","time":"2026-11-23T21:30:05+01:00","kind":"hug"}"#
        #expect(throws: RecordError.unknownKind("hug")) { try Record(line: Array(line.utf8)) }
    }

    @Test("a mood outside 1 to 5 is refused")
    func moodRange() {
        let line = #"{"v":1,"id":"a","time":"2026-11-23T07:00:00+01:00","kind":"check-in","mood":9,"intention":"listen","practice":"p"}"#
        #expect(throws: RecordError.invalidValue(field: "mood", reason: "should be 1 to 5")) { try Record(line: Array(line.utf8)) }
    }

    @Test("control characters, escape sequences, C1 codes and bidi overrides are stored escaped and read back exactly")
    func hostileTextIsEscapedOnDisk() throws {
        let text = "a\u{1B}[31mred\u{1B}]0;title\u{07} \u{9B}2J \u{202E}evil\u{202C} tab\tnew\nline \u{7F}"
        let record = RecordSamples.appreciation(1, text: text)
        let line = record.jsonLine
        #expect(!line.contains { $0 < 0x20 || $0 == 0x7F })
        #expect(!zip(line, line.dropFirst()).contains { $0 == 0xC2 && (0x80...0x9F).contains($1) })
        #expect(!String(decoding: line, as: UTF8.self).unicodeScalars.contains { (0x202A...0x202E).contains($0.value) })
        let read = try Record(line: line)
        guard case .appreciation(let a) = read.payload else { Issue.record("wrong kind"); return }
        #expect(Array(a.text.unicodeScalars) == Array(text.unicodeScalars))
    }

    @Test("emoji, combining marks and non-Latin scripts round-trip scalar for scalar")
    func unicodeRoundTrip() throws {
        let text = "👩🏽‍🚀 e\u{301}te\u{301} Ζωή 日本 🇫🇷 נ"
        let read = try Record(line: RecordSamples.appreciation(1, person: "Zoë\u{308}", text: text).jsonLine)
        guard case .appreciation(let a) = read.payload else { Issue.record("wrong kind"); return }
        #expect(Array(a.text.unicodeScalars) == Array(text.unicodeScalars))
        #expect(Array(a.person.unicodeScalars) == Array("Zoë\u{308}".unicodeScalars))
    }

    @Test("a line with invalid UTF-8 is refused, with the byte offset")
    func invalidUTF8() {
        var line = Array(#"{"v":1,"id":"a","time":"2026-11-23T21:30:05+01:00","kind":"appreciation","person":"Ana","text":"x"#.utf8)
        line.append(0xFF)
        line.append(contentsOf: Array(#""}"#.utf8))
        #expect(throws: RecordError.self) { try Record(line: line) }
        do {
            _ = try Record(line: line)
        } catch {
            guard case .notJSON(.invalidUTF8) = error else { Issue.record("expected invalidUTF8, got \(error)"); return }
        }
    }

    @Test("a torn line is refused at every length")
    func tornLines() {
        let line = RecordSamples.appreciation(1).jsonLine
        for length in 0..<line.count {
            #expect(throws: RecordError.self) { try Record(line: Array(line.prefix(length))) }
        }
    }

    @Test("a check-in's practiceDone can be set later by an edit")
    func editSetsPracticeDone() throws {
        let edited = try RecordSamples.checkIn(1).applying(Edit(target: RecordSamples.id(1), set: JSONObject([.init("practiceDone", .bool(true))])))
        guard case .checkIn(let c) = edited.payload else { Issue.record("wrong kind"); return }
        #expect(c.practiceDone == true)
    }

    @Test("an edit cannot change the envelope")
    func editCannotChangeID() {
        let line = #"{"v":1,"id":"e","time":"2026-11-23T21:30:05+01:00","kind":"edit","target":"t-1","set":{"id":"x"}}"#
        #expect(throws: RecordError.self) { try Record(line: Array(line.utf8)) }
    }
}
