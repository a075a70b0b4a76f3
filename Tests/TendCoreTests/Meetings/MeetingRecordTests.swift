import Testing
import TendCore
import TendJournalFormat
import TendTestSupport

@Suite("Meetings and the repair's words: the line format")
struct MeetingRecordTests {
    @Test("a round is written with its ritual, label and only the answers given")
    func roundLine() {
        let record = Record(id: RecordSamples.id(1), time: RecordSamples.time(),
                            payload: .meeting(Meeting(ritual: .round, label: "stand-up", useful: "the demo", energising: "Priya")))
        #expect(String(decoding: record.jsonLine, as: UTF8.self)
            == #"{"v":1,"id":"t-1","time":"2026-11-23T21:30:05+01:00","kind":"meeting","ritual":"round","label":"stand-up","useful":"the demo","energising":"Priya"}"#)
    }

    @Test("a meeting without a ritual, or with one Tend does not know, is refused")
    func ritualRequired() {
        let missing = #"{"v":1,"id":"a","time":"2026-11-23T10:00:00+01:00","kind":"meeting","label":"x"}"#
        #expect(throws: RecordError.missingField("ritual")) { try Record(line: Array(missing.utf8)) }
        let unknown = #"{"v":1,"id":"a","time":"2026-11-23T10:00:00+01:00","kind":"meeting","ritual":"dance"}"#
        #expect(throws: RecordError.invalidValue(field: "ritual", reason: "should be one of: breath, round")) {
            try Record(line: Array(unknown.utf8))
        }
    }

    @Test("an appreciation keeps the meeting it opened")
    func appreciationMeeting() throws {
        let line = #"{"v":1,"id":"a","time":"2026-11-23T10:00:00+01:00","kind":"appreciation","person":"Sam","text":"Your notes helped.","meeting":"stand-up"}"#
        let record = try Record(line: Array(line.utf8))
        guard case .appreciation(let a) = record.payload else { Issue.record("not an appreciation"); return }
        #expect(a.meeting == "stand-up")
        #expect(String(decoding: record.jsonLine, as: UTF8.self) == line)
    }

    @Test("a repair's words are kept, and a send marks them sent like an appreciation")
    func repairWordsAndSent() throws {
        let repair = Record(id: RecordSamples.id(1), time: RecordSamples.time(), payload: .repair(Repair(
            who: "Ana", latency: .justNow, happened: "I snapped", forThem: "you felt brushed aside", meant: "to finish fast",
            nextStep: "talk tonight", words: "I think I see how that was for you.")))
        let sent = try repair.applying(SentEdit.marking(repair.id, sent: RecordSamples.time(plusMinutes: 2), via: .command))
        guard case .repair(let r) = sent.payload else { Issue.record("not a repair"); return }
        #expect(r.forThem == "you felt brushed aside" && r.meant == "to finish fast" && r.nextStep == "talk tonight")
        #expect(r.words == "I think I see how that was for you.")
        #expect(r.sent == RecordSamples.time(plusMinutes: 2) && r.via == .command)
        #expect(try Record(line: sent.jsonLine) == sent)
    }

    @Test("the summary names the meeting, the ritual and the answers")
    func summaries() {
        let round = Record(id: RecordSamples.id(1), time: RecordSamples.time(),
                           payload: .meeting(Meeting(ritual: .round, label: "retro", confusing: "dates")))
        #expect(RecordSummary.text(of: round, practices: .builtIn) == "retro · the round · confusing: dates")
        let empty = Record(id: RecordSamples.id(2), time: RecordSamples.time(), payload: .meeting(Meeting(ritual: .round)))
        #expect(RecordSummary.text(of: empty, practices: .builtIn) == "the round · no notes")
        let breath = Record(id: RecordSamples.id(3), time: RecordSamples.time(),
                            payload: .meeting(Meeting(ritual: .breath, label: "stand-up")))
        #expect(RecordSummary.text(of: breath, practices: .builtIn) == "stand-up · a breath together")
        let thanks = Record(id: RecordSamples.id(4), time: RecordSamples.time(),
                            payload: .appreciation(Appreciation(person: "Sam", text: "Your notes helped.", meeting: "stand-up")))
        #expect(RecordSummary.text(of: thanks, practices: .builtIn) == "Sam: Your notes helped. · at stand-up")
    }

    @Test("a repair's summary names their side, the intention, the step and whether the words went")
    func repairSummary() {
        let record = Record(id: RecordSamples.id(1), time: RecordSamples.time(), payload: .repair(Repair(
            who: "Ana", latency: .justNow, happened: "I snapped", forThem: "hurt", meant: "no harm", nextStep: "talk",
            words: "…")))
        #expect(RecordSummary.text(of: record, practices: .builtIn)
            == "with Ana · right away · I snapped · for them: hurt · I meant: no harm · next step: talk · words kept")
    }

    @Test("search finds a meeting by its label and its answers, and a repair by its words")
    func searchTexts() {
        let round = Payload.meeting(Meeting(ritual: .round, label: "retro", useful: "the demo"))
        #expect(round.texts == ["retro", "the demo"])
        let thanks = Payload.appreciation(Appreciation(person: "Sam", text: "Thanks for the notes", meeting: "stand-up"))
        #expect(thanks.texts == ["Thanks for the notes", "stand-up"])
    }
}
