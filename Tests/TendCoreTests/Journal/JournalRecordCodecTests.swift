import Foundation
import Testing
import TendCore
import TendJournalFormat
import TendTestSupport

@Suite("Journal records: the binary form the cache keeps")
struct JournalRecordCodecTests {
    /// Every kind, with and without optional fields, odd ids and hostile text.
    static var records: [Record] {
        var generator = SeededGenerator(seed: 8)
        var records = RecordSamples.everyKind
        records += [
            RecordSamples.appreciation(20, person: "Zoë\u{308} 日本", text: "tab\there, \"quoted\", \u{1B}[31m 👩🏽‍🚀 \u{202E}x"),
            Record(RecordSamples.checkIn(21).payload, at: RecordSamples.time()),
            Record(id: RecordSamples.id(22), time: RecordSamples.time("1999-12-31T23:59:59-12:00"),
                   payload: .checkIn(CheckIn(mood: 1, intention: .encourage, practice: "", person: nil, note: nil, practiceDone: false))),
            Record(id: RecordSamples.id(23), time: RecordSamples.time(), payload: .repair(Repair(who: "Sam", latency: .earlier))),
            Record(id: RecordSamples.id(24), time: RecordSamples.time(), payload: .tally(Tally(tone: .positive, text: "hug", person: "Ana"))),
            Record(id: RecordSamples.id(25), time: RecordSamples.time(), payload: .pause(Pause(intention: .listen, plannedSeconds: 0,
                                                                                              actualSeconds: 4.56, outcome: .cancelled))),
            RecordSamples.edit(26, of: 1, set: JSONObject([.init("note", .null), .init("x", .array([.int(1), .double(2.5), .string("é")])),
                                                           .init("y", .object(JSONObject([.init("z", .bool(false))])))])),
        ]
        for n in 0..<50 {
            records.append(Record(RecordSamples.appreciation(100 + n).payload, at: RecordSamples.time(plusMinutes: n * 97)))
            _ = generator.next()
        }
        return records
    }

    @Test("records read back exactly as they went in")
    func roundTrip() throws {
        let records = Self.records
        let bytes = try #require(RecordCodec.encode(records))
        var read: [Record] = []
        #expect(bytes.withUnsafeBytes { RecordCodec.decode($0) { read.append($0); return true } })
        #expect(read == records)
    }

    @Test("a record that would not read back equal is not encoded")
    func refusesWhatItCannotKeep() {
        let odd = Record(id: RecordSamples.id(1), time: RecordSamples.time(),
                         payload: .pause(Pause(intention: .notice, plannedSeconds: 5, actualSeconds: .nan, outcome: .completed)))
        #expect(RecordCodec.encode([RecordSamples.appreciation(1), odd]) == nil)
    }

    @Test("cut or damaged bytes are refused or read as other valid records, never crash")
    func damagedBytes() throws {
        let bytes = try #require(RecordCodec.encode(Array(Self.records.prefix(12))))
        var generator = SeededGenerator(seed: 2)
        for length in 0..<bytes.count {
            _ = Array(bytes.prefix(length)).withUnsafeBytes { RecordCodec.decode($0) { _ in true } }
        }
        for _ in 0..<2000 {
            var damaged = bytes
            damaged[Int.random(in: 0..<damaged.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            _ = damaged.withUnsafeBytes { RecordCodec.decode($0) { _ in true } }
        }
        #expect(!Array(bytes.prefix(bytes.count - 1)).withUnsafeBytes { RecordCodec.decode($0) { _ in true } })
    }
}
