import Foundation
import Testing
import TendCore
import TendJournalFormat
import TendTestSupport

@Suite("Journal records: a week's focus, its days, the look back and the review")
struct FocusRecordTests {
    @Test("each survives writing and reading back", arguments: RecordSamples.focusKinds)
    func roundTrip(record: Record) throws {
        let read = try Record(line: record.jsonLine)
        #expect(read == record)
        #expect(read.jsonLine == record.jsonLine)
        // The full parser reads the same record as the in-place reader.
        let object = try JSONLineParser.parseObject(record.jsonLine)
        #expect(try Record(json: object) == record)
    }

    @Test("each survives the cache's binary form")
    func binaryForm() throws {
        let records = RecordSamples.focusKinds
        let bytes = try #require(RecordCodec.encode(records))
        var decoded: [Record] = []
        let whole = bytes.withUnsafeBytes { raw in RecordCodec.decode(raw) { decoded.append($0); return true } }
        #expect(whole)
        #expect(decoded == records)
    }

    @Test("the fields are written as FORMAT.md names them")
    func fieldNames() {
        let lines = RecordSamples.focusKinds.map { String(decoding: $0.jsonLine, as: UTF8.self) }
        #expect(lines[0].hasSuffix(#""kind":"focus","card":"good-morning-by-name","person":"Ana","start":"2026-11-23"}"#))
        #expect(lines[1].hasSuffix(#""start":"2026-11-24","stopped":"2026-11-26"}"#))
        #expect(lines[2].hasSuffix(#""kind":"focus-day","focus":"t-31","card":"good-morning-by-name","day":"2026-11-24","done":true}"#))
        #expect(lines[4].hasSuffix(#""kind":"reflection","focus":"t-31","card":"good-morning-by-name","person":"Ana","felt":4,"response":"She smiled back.","noticed":"I slowed down.","choice":"keep"}"#))
        #expect(lines[6].hasSuffix(#""kind":"review","from":"2026-11-23","to":"2026-11-29","wentWell":"Two slow breakfasts.","talkAbout":"The holiday plans"}"#))
    }

    @Test("bad values are named", arguments: [
        (#""kind":"focus","card":"x","start":"2026-13-01""#, RecordError.invalidValue(field: "start", reason: "is not a day like 2026-11-23")),
        (#""kind":"focus","start":"2026-11-23""#, RecordError.missingField("card")),
        (#""kind":"focus-day","focus":"t-1","card":"x","day":"2026-11-23""#, RecordError.missingField("done")),
        (#""kind":"reflection","focus":"t-1","card":"x","felt":6,"choice":"keep""#, RecordError.invalidValue(field: "felt", reason: "should be 1 to 5")),
        (#""kind":"reflection","focus":"t-1","card":"x","felt":3,"choice":"maybe""#,
         RecordError.invalidValue(field: "choice", reason: "should be one of: another-week, keep, let-go")),
        (#""kind":"review","from":"2026-11-29","to":"2026-11-23","wentWell":"x""#, RecordError.invalidValue(field: "to", reason: "comes before \"from\"")),
        (#""kind":"review","from":"2026-11-23","to":"2026-11-29","wentWell":"""#, RecordError.invalidValue(field: "wentWell", reason: "is empty")),
    ])
    func badValues(fields: String, error: RecordError) {
        let line = #"{"v":1,"id":"a","time":"2026-11-23T21:30:05+01:00","# + fields + "}"
        #expect(throws: error) { try Record(line: Array(line.utf8)) }
    }

    @Test("an edit can stop a focus, and an edit that makes its day unreadable is refused")
    func stoppingByEdit() throws {
        let focus = RecordSamples.focusKinds[0]
        var set = JSONObject()
        set.add("stopped", "2026-11-25")
        let stopped = try focus.applying(Edit(target: focus.id, set: set))
        guard case .focus(let value) = stopped.payload else { Issue.record("not a focus"); return }
        #expect(value.stopped == LocalDay(year: 2026, month: 11, day: 25))
        set["stopped"] = .string("soon")
        #expect(throws: RecordError.self) { try focus.applying(Edit(target: focus.id, set: set)) }
    }

    @Test("log lines name the cards and say what was chosen")
    func summaries() {
        let library = PracticeLibrary.builtIn
        let texts = RecordSamples.focusKinds.map { RecordSummary.text(of: $0, practices: library) }
        #expect(texts[0] == "week's focus: A real good morning for Ana · from Mon 23 Nov")
        #expect(texts[1] == "week's focus: Leave on purpose · from Tue 24 Nov · stopped Thu 26 Nov")
        #expect(texts[2] == "A real good morning on Tue 24 Nov: done")
        #expect(texts[4] == "looked back on A real good morning for Ana · felt 4/5 · kept as one of yours · they: She smiled back. · noticed: I slowed down.")
        #expect(texts[5] == "looked back on Leave on purpose · felt 1/5 · another week")
        #expect(texts[6] == "week of 23 Nov–29 Nov · went well: Two slow breakfasts. · to talk about: The holiday plans")
    }

    @Test("search reaches the words of a look back and a review; the person of a focus is its person")
    func searchAndPeople() {
        let records = RecordSamples.focusKinds
        #expect(records[0].payload.person == "Ana")
        #expect(records[4].payload.texts == ["She smiled back.", "I slowed down."])
        #expect(records[6].payload.texts == ["Two slow breakfasts.", "The holiday plans"])
        #expect(records[2].payload.texts.isEmpty)
    }
}
