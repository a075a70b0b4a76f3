import Testing
import TendCore
import TendJournalFormat
import TendTestSupport

@Suite("Journal records: the sent mark on an appreciation")
struct JournalSentTests {
    static let sentAt = RecordSamples.time("2026-11-24T08:10:00+01:00")

    static func sentEdit(_ n: Int, of target: Int, via: String = "command", at iso: String = "2026-11-24T08:10:00+01:00") -> Record {
        RecordSamples.edit(n, of: target, set: JSONObject([.init("sent", .string(iso)), .init("via", .string(via))]), at: iso)
    }

    @Test("a sent appreciation writes sent and via after its text, and reads back the same")
    func lineRoundTrip() throws {
        let record = Record(id: RecordSamples.id(1), time: RecordSamples.time(),
                            payload: .appreciation(Appreciation(person: "Ana", text: "You fixed the bike.", sent: Self.sentAt, via: .email)))
        let line = String(decoding: record.jsonLine, as: UTF8.self)
        #expect(line.hasSuffix(#""person":"Ana","text":"You fixed the bike.","sent":"2026-11-24T08:10:00+01:00","via":"email"}"#))
        #expect(try Record(line: record.jsonLine) == record)
    }

    @Test("the cache's binary form keeps sent and via, and their absence")
    func codecRoundTrip() throws {
        let records = [
            Record(id: RecordSamples.id(1), time: RecordSamples.time(),
                   payload: .appreciation(Appreciation(person: "Ana", text: "a", sent: Self.sentAt, via: .clipboard))),
            Record(id: RecordSamples.id(2), time: RecordSamples.time(),
                   payload: .appreciation(Appreciation(person: "Ana", text: "b", sent: Self.sentAt, via: nil))),
            RecordSamples.appreciation(3),
            Self.sentEdit(4, of: 3),
        ]
        let bytes = try #require(RecordCodec.encode(records))
        var read: [Record] = []
        #expect(bytes.withUnsafeBytes { RecordCodec.decode($0) { read.append($0); return true } })
        #expect(read == records)
    }

    @Test("an edit naming sent and via marks the appreciation, whatever order the lines come in")
    func editFolds() throws {
        let lines = [Self.sentEdit(9, of: 3), RecordSamples.appreciation(3)]
        for order in [lines, lines.reversed()] {
            let history = History(order)
            guard case .appreciation(let a)? = history.record(id: RecordSamples.id(3))?.payload else {
                Issue.record("the appreciation is missing")
                return
            }
            #expect(a.sent == Self.sentAt)
            #expect(a.via == .command)
            #expect(a.text == "Thank you for the soup.")
            #expect(history.failedEdits.isEmpty)
        }
    }

    @Test("an edit with a via Tend does not know is refused and reported, the appreciation left as it was")
    func badViaRefused() {
        let history = History([RecordSamples.appreciation(3), Self.sentEdit(9, of: 3, via: "pigeon")])
        #expect(history.failedEdits.map(\.edit) == [RecordSamples.id(9)])
        guard case .appreciation(let a)? = history.record(id: RecordSamples.id(3))?.payload else { return }
        #expect(a.sent == nil)
    }

    @Test("log lines say when it was sent: the weekday alone on the same day, the date on another")
    func summary() {
        var record = RecordSamples.appreciation(3)
        #expect(RecordSummary.text(of: record, practices: .builtIn) == "José: Thank you for the soup.")
        record.payload = .appreciation(Appreciation(person: "José", text: "Thank you for the soup.",
                                                    sent: RecordSamples.time(plusMinutes: 12), via: .command))
        #expect(RecordSummary.text(of: record, practices: .builtIn) == "José: Thank you for the soup. · sent Mon 21:42 ✉")
        record.payload = .appreciation(Appreciation(person: "José", text: "Thank you for the soup.", sent: Self.sentAt, via: .email))
        #expect(RecordSummary.text(of: record, practices: .builtIn) == "José: Thank you for the soup. · sent Tue 24 Nov 08:10 ✉")
    }
}
