import Foundation
import Testing
@testable import TendCore
@testable import TendJournalFormat
import TendTestSupport

@Suite("Journal records: reading flat lines in place")
struct JournalFlatLineTests {
    /// What the full parser makes of `line`: the reference the in-place reader must match.
    static func fullyParsed(_ line: [UInt8]) -> Result<Record, RecordError> {
        line.withUnsafeBufferPointer { buffer in
            do throws(JSONLineParser.Failure) {
                let object = try JSONLineParser.parseObject(buffer)
                do throws(RecordError) {
                    return .success(try Record(json: object))
                } catch {
                    return .failure(error)
                }
            } catch {
                return .failure(.notJSON(error))
            }
        }
    }

    static func read(_ line: [UInt8]) -> Result<Record, RecordError> {
        do throws(RecordError) {
            return .success(try Record(line: line))
        } catch {
            return .failure(error)
        }
    }

    static func isFlat(_ line: [UInt8]) -> Bool {
        line.withUnsafeBufferPointer { buffer in
            withUnsafeTemporaryAllocation(of: FlatLine.Value.self, capacity: FieldKey.count) {
                $0.initialize(repeating: FlatLine.Value(start: 0, end: 0))
                return FlatLine.scan(buffer, into: $0)
            }
        }
    }

    /// Lines of every kind as Tend writes them, and as people and other tools might.
    static var lines: [[UInt8]] {
        var result = RecordSamples.everyKind.map(\.jsonLine)
        result += [
            #"{"v":1,"id":"20261123-213005-7f3a9c04b1e2","time":"2026-11-23T21:30:05+01:00","kind":"appreciation","person":"José 日本 👩🏽‍🚀","text":"Zoë\u0308 said \"hi\""}"#,
            #"{"v":1,"id":"a","time":"2026-11-23T21:30:05+01:00","kind":"pause","intention":"notice","plannedSeconds":5,"actualSeconds":4.6,"outcome":"completed"}"#,
            #"{"v":1,"id":"a","time":"2026-11-23T21:30:05+01:00","kind":"pause","intention":"notice","plannedSeconds":5.0,"actualSeconds":-0.0,"outcome":"completed"}"#,
            #"{"v":1,"id":"a","time":"2026-11-23T21:30:05+01:00","kind":"pause","intention":"notice","plannedSeconds":5,"actualSeconds":123456789.12345,"outcome":"completed"}"#,
            #"{"v":1,"id":"a","time":"2026-11-23T21:30:05+01:00","kind":"pause","intention":"notice","plannedSeconds":1e1,"actualSeconds":1.5E0,"outcome":"completed"}"#,
            #"{"v":1,"id":"a","time":"2026-11-23T21:30:05+01:00","kind":"check-in","mood":4.0,"intention":"listen","practice":"p","person":null,"note":"","practiceDone":false}"#,
            #"{"v":1,"id":"a","time":"2026-11-23T21:30:05+01:00","kind":"check-in","mood":"4","intention":"listen","practice":"p"}"#,
            #"{"v":1,"id":"a","time":"2026-11-23T21:30:05+01:00","kind":"check-in","mood":4,"intention":"shout","practice":"p"}"#,
            #"{"v":1,"id":"a","time":"2026-11-23T21:30:05+01:00","kind":"check-in","mood":4,"intention":"listen","practice":"p","practiceDone":"yes"}"#,
            #"{"v":1,"id":"a","time":"2026-11-23T21:30:05+01:00","kind":"repair","who":"Sam","latency":"today","extra":{"x":[1,2]}}"#,
            #"{"v":1,"id":"a","time":"2026-11-23T21:30:05+01:00","kind":"tally","tone":"positive","text":"hug","text":"second wins"}"#,
            #"{"kind":"tally","tone":"negative","text":"eye roll","v":1,"time":"2026-11-23T21:30:05Z","id":"A.b_c:d-9"}"#,
            #"{"v":1,"id":"a","time":"2026-11-23T21:30:05.25+0100","kind":"prompt-fired","prompt":"morning","day":"2026-11-23"}"#,
            #"{"v":1,"id":"a","time":"2026-11-23T21:30:05+01:00","kind":"prompt-fired","prompt":"","day":"2026-11-23"}"#,
            #"{"v":1,"id":"has space","time":"2026-11-23T21:30:05+01:00","kind":"delete","target":"x"}"#,
            #"{"v":1,"id":"a","time":"2026-11-23T21:30:05+01:00","kind":"delete","target":7}"#,
            #"{"v":2,"id":"a","time":"2026-11-23T21:30:05+01:00","kind":"hug"}"#,
            #"{"v":0,"id":"a","time":"2026-11-23T21:30:05+01:00","kind":"hug"}"#,
            #"{"v":1,"id":"a","time":"2026-11-23T21:30:05+01:00","kind":"hug"}"#,
            #"{"v":1,"id":"a","time":"2026-13-23T21:30:05+01:00","kind":"tally","tone":"positive","text":"x"}"#,
            #"{"v":1,"id":"a","time":"2026-11-23T21:30:05+01:00","kind":"tally","tone":"positive","text":"x"} "#,
            #"{"v":1,"id":"a","time":"2026-11-23T21:30:05+01:00","kind":"tally","tone":"positive","text":"x"}}"#,
            #" {"v":1, "id":"a","time":"2026-11-23T21:30:05+01:00","kind":"tally","tone":"positive","text":"x"}"#,
            #"{"v":1,"id":"a","time":"2026-11-23T21:30:05+01:00","kind":"tally","tone":"positive","text":"x","n":123456789012345678901}"#,
            #"{"v":1,"id":"a","time":"2026-11-23T21:30:05+01:00","kind":"tally","tone":"positive","text":"x","n":-01}"#,
            #"{"v":1,"id":"a","time":"2026-11-23T21:30:05+01:00","kind":"tally","tone":"positive","text":"x","n":1.}"#,
            #"{"v":1,"id":"a","time":"2026-11-23T21:30:05+01:00","kind":"tally","tone":"positive","text":"x","b":tru}"#,
            #"{"v":1,"id":"a","time":"2026-11-23T21:30:05+01:00","kind":"tally","tone":"positive","text":"x",}"#,
            "{}", "{\"v\":1}", "[]", "", "{\"v\":1,\"id\":\"a\"}\r",
        ].map { Array($0.utf8) }
        result.append(Array(#"{"v":1,"id":"a","time":"2026-11-23T21:30:05+01:00","kind":"tally","tone":"positive","text":"tab"#.utf8)
                      + [0x09] + Array(#"in it"}"#.utf8))
        return result
    }

    @Test("reads every line exactly as the full parser does")
    func agreesWithFullParser() {
        for line in Self.lines {
            #expect(Self.read(line) == Self.fullyParsed(line), "\(String(decoding: line, as: UTF8.self))")
        }
    }

    @Test("agrees with the full parser on damaged lines")
    func agreesOnDamagedLines() {
        var generator = SeededGenerator(seed: 12)
        let damage: [UInt8] = [0x22, 0x5C, 0x7B, 0x7D, 0x2C, 0x3A, 0x20, 0x0D, 0x00, 0x30, 0x2E, 0x65, 0x2D, 0x80, 0xC3, 0xE2, 0xF0, 0xFF]
        for line in Self.lines where !line.isEmpty {
            for _ in 0..<300 {
                var damaged = line
                let position = Int.random(in: 0..<damaged.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: damaged[position] = damage.randomElement(using: &generator) ?? 0
                case 1: damaged.insert(damage.randomElement(using: &generator) ?? 0, at: position)
                default: damaged.remove(at: position)
                }
                #expect(Self.read(damaged) == Self.fullyParsed(damaged), "\(damaged)")
            }
        }
    }

    @Test("a quote, backslash or control byte anywhere in a long text is caught")
    func specialBytesAtEveryPosition() {
        let line = RecordSamples.appreciation(1, text: "abcdefghijklmnopqrstuvwxyz0123456789 é 日本 🇫🇷 abcdefgh").jsonLine
        let textStart = line.count - 80
        for position in textStart..<line.count - 2 {
            for byte: UInt8 in [0x22, 0x5C, 0x00, 0x01, 0x1F, 0x20, 0x7F, 0x80, 0xFF] {
                var damaged = line
                damaged[position] = byte
                #expect(Self.read(damaged) == Self.fullyParsed(damaged), "\(position) \(byte)")
            }
        }
    }

    @Test("lines Tend writes are read in place; edits and escapes go to the full parser")
    func whichLinesAreFlat() {
        for record in RecordSamples.everyKind {
            #expect(Self.isFlat(record.jsonLine) == (record.kind != .edit))
        }
        #expect(!Self.isFlat(RecordSamples.appreciation(1, text: "say \"hi\"").jsonLine))
        #expect(!Self.isFlat(Array(#"{"v": 1}"#.utf8)))
        #expect(Self.isFlat(Array("{\"v\":1}\r".utf8)))
    }

    @Test("UTF-8 is validated as String(validating:) does")
    func utf8Validation() {
        var generator = SeededGenerator(seed: 3)
        var samples: [[UInt8]] = []
        for first in 0x80...0xFF {
            for second in stride(from: 0, through: 0xFF, by: 1) { samples.append([UInt8(first), UInt8(second)]) }
        }
        let leads: [UInt8] = [0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5]
        for _ in 0..<20_000 {
            let lead = leads.randomElement(using: &generator) ?? 0
            let tail = (0..<Int.random(in: 1...4, using: &generator)).map { _ in UInt8.random(in: 0x70...0xC5, using: &generator) }
            samples.append([lead] + tail)
        }
        for sample in samples {
            let ours = sample.withUnsafeBufferPointer { FlatLine.isValidUTF8($0, from: 0, to: $0.count) }
            #expect(ours == (String(validating: sample, as: UTF8.self) != nil), "\(sample)")
        }
    }
}
