import Testing
import TendCore
import TendJournalFormat
import TendTestSupport

/// One typed change, the `set` it is written as, and the record it makes
/// of its target.
struct TypedChangeCase: Sendable, CustomTestStringConvertible {
    var name: String
    var target: Record
    var change: RecordChange
    var set: String
    var expected: Record

    var testDescription: String { name }

    init(_ name: String, _ target: Record, _ change: RecordChange, set: String, _ edit: (inout Payload) -> Void) {
        self.name = name
        self.target = target
        self.change = change
        self.set = set
        var expected = target
        edit(&expected.payload)
        self.expected = expected
    }

    var editRecord: Record {
        Record(id: RecordSamples.id(90), time: RecordSamples.time(plusMinutes: 9), payload: .edit(Edit(target: target.id, change: change)))
    }

    static let all: [TypedChangeCase] = {
        let kinds = RecordSamples.everyKind, focus = RecordSamples.focusKinds
        let day = LocalDay(year: 2026, month: 11, day: 25) ?? LocalDay(daysSinceEpoch: 0)
        let note = Record(id: RecordSamples.id(40), time: RecordSamples.time(), payload: .note(Note(text: "Old words", title: "Sunday")))
        return [
            TypedChangeCase("check-in", kinds[0], .checkIn(CheckInChange(person: .set("Sam"), note: .clear, practiceDone: .set(true))),
                            set: #"{"person":"Sam","note":null,"practiceDone":true}"#) {
                guard case .checkIn(var c) = $0 else { return }
                c.person = "Sam"; c.note = nil; c.practiceDone = true
                $0 = .checkIn(c)
            },
            TypedChangeCase("appreciation", kinds[2], .appreciation(AppreciationChange(person: .set("Ana"), text: .set("For the tea."))),
                            set: #"{"person":"Ana","text":"For the tea."}"#) {
                guard case .appreciation(var a) = $0 else { return }
                a.person = "Ana"; a.text = "For the tea."
                $0 = .appreciation(a)
            },
            TypedChangeCase("tally", kinds[5], .tally(TallyChange(text: .set("a wink"), person: .set("Sam"))),
                            set: #"{"text":"a wink","person":"Sam"}"#) {
                guard case .tally(var t) = $0 else { return }
                t.text = "a wink"; t.person = "Sam"
                $0 = .tally(t)
            },
            TypedChangeCase("repair", kinds[4], .repair(RepairChange(who: .set("Ana"), happened: .clear, myPart: .set("rushed"),
                                                                     forThem: .clear, meant: .set("to help"), nextStep: .clear,
                                                                     words: .set("Sorry."), landed: .set(false))),
                            set: #"{"who":"Ana","happened":null,"myPart":"rushed","forThem":null,"meant":"to help","nextStep":null,"words":"Sorry.","landed":false}"#) {
                guard case .repair(var r) = $0 else { return }
                r.who = "Ana"; r.happened = nil; r.myPart = "rushed"; r.forThem = nil; r.meant = "to help"; r.nextStep = nil
                r.words = "Sorry."; r.landed = false
                $0 = .repair(r)
            },
            TypedChangeCase("repair, landed cleared", kinds[4], .repair(RepairChange(landed: .clear)), set: #"{"landed":null}"#) {
                guard case .repair(var r) = $0 else { return }
                r.landed = nil
                $0 = .repair(r)
            },
            TypedChangeCase("meeting", kinds[8], .meeting(MeetingChange(label: .set("retro"), useful: .clear, confusing: .set("the chart"),
                                                                        energising: .clear)),
                            set: #"{"label":"retro","useful":null,"confusing":"the chart","energising":null}"#) {
                guard case .meeting(var m) = $0 else { return }
                m.label = "retro"; m.useful = nil; m.confusing = "the chart"; m.energising = nil
                $0 = .meeting(m)
            },
            TypedChangeCase("look back", focus[4], .reflection(ReflectionChange(response: .clear, noticed: .set("I listened."))),
                            set: #"{"response":null,"noticed":"I listened."}"#) {
                guard case .reflection(var r) = $0 else { return }
                r.response = nil; r.noticed = "I listened."
                $0 = .reflection(r)
            },
            TypedChangeCase("review", focus[6], .review(ReviewChange(wentWell: .set("Tea."), talkAbout: .clear)),
                            set: #"{"wentWell":"Tea.","talkAbout":null}"#) {
                guard case .review(var r) = $0 else { return }
                r.wentWell = "Tea."; r.talkAbout = nil
                $0 = .review(r)
            },
            TypedChangeCase("note", note, .note(NoteChange(title: .clear, text: .set("New words"))),
                            set: #"{"title":null,"text":"New words"}"#) {
                guard case .note(var n) = $0 else { return }
                n.title = nil; n.text = "New words"
                $0 = .note(n)
            },
            TypedChangeCase("focus stopped", focus[0], .focus(FocusRecordChange(stopped: .set(day))), set: #"{"stopped":"2026-11-25"}"#) {
                guard case .focus(var f) = $0 else { return }
                f.stopped = day
                $0 = .focus(f)
            },
            TypedChangeCase("focus restarted", focus[1], .focus(FocusRecordChange(stopped: .clear)), set: #"{"stopped":null}"#) {
                guard case .focus(var f) = $0 else { return }
                f.stopped = nil
                $0 = .focus(f)
            },
            TypedChangeCase("sent", kinds[2], .sent(SentMark(sent: RecordSamples.time(plusMinutes: 3), via: .share)),
                            set: #"{"sent":"2026-11-23T21:33:05+01:00","via":"share"}"#) {
                guard case .appreciation(var a) = $0 else { return }
                a.sent = RecordSamples.time(plusMinutes: 3); a.via = .share
                $0 = .appreciation(a)
            },
            TypedChangeCase("repair's words sent", kinds[4], .sent(SentMark(sent: RecordSamples.time(plusMinutes: 3), via: .clipboard)),
                            set: #"{"sent":"2026-11-23T21:33:05+01:00","via":"clipboard"}"#) {
                guard case .repair(var r) = $0 else { return }
                r.sent = RecordSamples.time(plusMinutes: 3); r.via = .clipboard
                $0 = .repair(r)
            },
        ]
    }()
}

@Suite("Typed changes: how each is written in an edit line")
struct RecordChangeWireTests {
    @Test("each change is written as its fields' keys, in order, null for a clear", arguments: TypedChangeCase.all)
    func wireForm(_ c: TypedChangeCase) {
        let line = String(decoding: c.editRecord.jsonLine, as: UTF8.self)
        #expect(line.hasSuffix(#""kind":"edit","target":"\#(c.target.id.rawValue)","set":\#(c.set)}"#))
    }

    @Test("each change sets what it names and clears what it clears", arguments: TypedChangeCase.all)
    func applies(_ c: TypedChangeCase) throws {
        #expect(try c.target.applying(Edit(target: c.target.id, change: c.change)) == c.expected)
    }

    @Test("read back from its line (and from the cache) a change applies the same, and is written back byte for byte",
          arguments: TypedChangeCase.all)
    func roundTrip(_ c: TypedChangeCase) throws {
        let line = c.editRecord.jsonLine
        let read = try Record(line: line)
        #expect(read.jsonLine == line)
        guard case .edit(let edit) = read.payload else { Issue.record("not an edit"); return }
        #expect(try c.target.applying(edit) == c.expected)
        let cached = try #require(RecordCodec.encode([read]))
        var decoded: [Record] = []
        _ = cached.withUnsafeBytes { RecordCodec.decode($0) { decoded.append($0); return true } }
        #expect(decoded.map(\.jsonLine) == [line])
    }

    @Test("an edit the app made and the same edit read back from its line are one version, not a conflict",
          arguments: TypedChangeCase.all)
    func madeAndRead(_ c: TypedChangeCase) throws {
        let read = try Record(line: c.editRecord.jsonLine)
        let history = History([c.target, c.editRecord, read])
        #expect(history.conflicts.isEmpty)
        #expect(history.records == [c.expected])
    }

    @Test("a change made for one kind is refused by another, as an edit that cannot apply")
    func otherKind() {
        let appreciation = RecordSamples.appreciation(3)
        let edit = Edit(target: appreciation.id, change: .checkIn(CheckInChange(practiceDone: .set(true))))
        #expect(throws: RecordError.self) { try appreciation.applying(edit) }
    }

    @Test("an edit line with keys Tend does not know applies what it knows and is written back byte for byte, from the cache too")
    func unknownKeys() throws {
        let line = #"{"v":1,"id":"e-1","time":"2026-11-23T22:00:00+01:00","kind":"edit","target":"t-1","#
            + #""set":{"practiceDone":true,"hue":{"later":[1,2.5,"x"]},"note":null,"zz":false}}"#
        let read = try Record(line: Array(line.utf8))
        #expect(String(decoding: read.jsonLine, as: UTF8.self) == line)
        guard case .edit(let edit) = read.payload else { Issue.record("not an edit"); return }
        var expected = RecordSamples.checkIn(1)
        if case .checkIn(var c) = expected.payload { c.practiceDone = true; c.note = nil; expected.payload = .checkIn(c) }
        #expect(try RecordSamples.checkIn(1).applying(edit) == expected)
        let cached = try #require(RecordCodec.encode([read]))
        var decoded: [Record] = []
        _ = cached.withUnsafeBytes { RecordCodec.decode($0) { decoded.append($0); return true } }
        #expect(decoded.map { String(decoding: $0.jsonLine, as: UTF8.self) } == [line])
    }
}
