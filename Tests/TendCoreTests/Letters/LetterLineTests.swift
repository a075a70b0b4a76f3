import Testing
import TendCore
import TendJournalFormat
import TendTestSupport

/// The line a letter is in a shared folder (FORMAT.md's "Letters").
@Suite("Letters: the line in a shared folder")
struct LetterLineTests {
    static let written = RecordSamples.time()
    static let sent = RecordSamples.time(plusMinutes: 12)

    static func letter(_ body: Letter.Body = .text("You kept the soup warm for me.")) -> Letter {
        Letter(id: RecordSamples.id(3), written: written, from: "Sam", to: "Ana", body: body, sent: sent)
    }

    @Test("a letter is written as a versioned line with the appreciation's id, and reads back equal")
    func roundTrip() throws {
        let letter = Self.letter(.text("Line one\nline two \u{1B}[2J 👩🏽‍🚀 \"quoted\""))
        let line = String(decoding: letter.jsonLine, as: UTF8.self)
        #expect(line.hasPrefix(#"{"v":1,"id":"\#(RecordSamples.id(3))","time":"2026-11-23T21:30:05+01:00","kind":"letter","from":"Sam","to":"Ana","text":"#))
        #expect(!line.contains("\n") && !line.contains("\u{1B}"), "control characters are escaped: \(line)")
        #expect(try Letter(line: letter.jsonLine) == letter)
        let sealed = Self.letter(.sealed("-----BEGIN AGE ENCRYPTED FILE-----\nYWdl\n-----END AGE ENCRYPTED FILE-----\n"))
        #expect(String(decoding: sealed.jsonLine, as: UTF8.self).contains(#""age":"-----BEGIN AGE"#))
        #expect(try Letter(line: sealed.jsonLine) == sealed)
        #expect(sealed.text == nil)
    }

    @Test("what is not a letter this build reads is refused with the reason", arguments: [
        (#"{"v":2,"id":"a","time":"2026-11-23T21:30:05+01:00","kind":"letter","from":"Sam","to":"Ana","text":"x","sent":"2026-11-23T21:30:05+01:00"}"#, "newer Tend"),
        (#"{"v":1,"id":"a","time":"2026-11-23T21:30:05+01:00","kind":"appreciation","person":"Ana","text":"x"}"#, "kind \"appreciation\""),
        (#"{"v":1,"id":"a","time":"2026-11-23T21:30:05+01:00","kind":"letter","from":"Sam","to":"Ana","sent":"2026-11-23T21:30:05+01:00"}"#, "\"text\" is missing"),
        (#"{"v":1,"id":"a","time":"2026-11-23T21:30:05+01:00","kind":"letter","from":"Sam","to":"Ana","text":"x","age":"-----BEGIN AGE ENCRYPTED FILE-----","sent":"2026-11-23T21:30:05+01:00"}"#, "one or the other"),
        (#"{"v":1,"id":"a","time":"yesterday","kind":"letter","from":"Sam","to":"Ana","text":"x","sent":"2026-11-23T21:30:05+01:00"}"#, "\"time\" is not a time"),
        (#"{"v":1,"id":"a b","time":"2026-11-23T21:30:05+01:00","kind":"letter","from":"Sam","to":"Ana","text":"x","sent":"2026-11-23T21:30:05+01:00"}"#, "not a record id"),
        (#"{"v":1,"id":"a","time":"2026-11-23T21:30:05+01:00","kind":"letter","from":" ","to":"Ana","text":"x","sent":"2026-11-23T21:30:05+01:00"}"#, "\"from\" is empty"),
        (#"{"v":1,"id":"a","time":"2026-11-23T21:30:05+01:00","kind":"let"#, "torn"),
        ("<<<<<<< HEAD", "not a JSON object"),
    ])
    func refused(line: String, reason: String) {
        #expect(throws: RecordError.self) { try Letter(line: Array(line.utf8)) }
        do {
            _ = try Letter(line: Array(line.utf8))
        } catch {
            #expect(error.description.contains(reason), "\(error)")
        }
    }
}

@Suite("Letters: file names in a shared folder")
struct LetterFileNameTests {
    @Test("a name that makes a file name on every machine is fine; others say why", arguments: [
        ("Sam", nil), ("Ana María", nil), ("Zoë", nil), ("李明", nil), ("J.R", nil),
        ("", "empty"), (" Sam", "spaces"), ("Sam/Ana", "\"/\""), ("a:b", "\":\""), ("..", "dot"), (".hidden", "dot"),
        ("Sam.", "dot"), ("Sa\u{1B}[2Jm", "control"), ("Sam\"", "a quote"), (String(repeating: "x", count: 65), "longer"),
    ] as [(String, String?)])
    func names(name: String, problem: String?) {
        let found = LetterFileName.problem(with: name)
        if let problem {
            #expect(found?.contains(problem) == true, "\(name): \(String(describing: found))")
        } else {
            #expect(found == nil, "\(name): \(String(describing: found))")
        }
    }

    @Test("one's own file, and a sync tool's copy of it, are told from the other person's, ignoring case and accents")
    func ownFile() {
        #expect(LetterFileName.isOwn("Ana.jsonl", me: "Ana"))
        #expect(LetterFileName.isOwn("ana.jsonl", me: "Ana"))
        #expect(LetterFileName.isOwn("Zoe.jsonl", me: "Zoë"))
        #expect(LetterFileName.isOwn("Ana.sync-conflict-20261124-101010-ABCDEF.jsonl", me: "Ana"))
        #expect(!LetterFileName.isOwn("Sam.jsonl", me: "Ana"))
        #expect(!LetterFileName.isOwn("Sam.sync-conflict-20261124-101010-ABCDEF.jsonl", me: "Ana"))
        #expect(!LetterFileName.isOwn("Anabel.jsonl", me: "Ana"))
        #expect(LetterFileName.writer(of: ".Sam.lock") == nil)
        #expect(LetterFileName.writer(of: "notes.txt") == nil)
        #expect(LetterFileName.writer(of: ".Sam.jsonl.1234.tmp") == nil)
        #expect(LetterFileName.file(for: "Sam") == "Sam.jsonl")
        #expect(LetterFileName.lock(for: "Sam") == ".Sam.lock")
    }
}
