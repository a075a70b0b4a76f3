import Testing
import TendCore
import TendTestSupport

@Suite("Letters: read, unread and out of sight")
struct LetterBoxTests {
    static func received(_ n: Int, from person: String = "Sam", sentMinutes: Int = 0) -> ReceivedLetter {
        let letter = Letter(id: RecordSamples.id(100 + n), written: RecordSamples.time(plusMinutes: sentMinutes - 5), from: person,
                            to: "Ana", body: .text("letter \(n)"), sent: RecordSamples.time(plusMinutes: sentMinutes))
        return ReceivedLetter(letter: letter, person: person, file: "/share/\(person).jsonl")
    }

    static func note(_ payload: Payload, minutes: Int) -> Record {
        Record(payload, at: RecordSamples.time(plusMinutes: minutes))
    }

    @Test("letters come newest first; unread ones name their writers once, for home's line")
    func unread() {
        let box = LetterBox(letters: [Self.received(1, sentMinutes: 1), Self.received(2, from: "Mum", sentMinutes: 3),
                                      Self.received(3, sentMinutes: 2)])
        #expect(box.letters.map(\.letter.text) == ["letter 2", "letter 3", "letter 1"])
        #expect(box.unread.count == 3)
        #expect(box.unreadWriters == ["Mum", "Sam"])
    }

    @Test("a read note marks one read; a delete of the note makes it unread again")
    func readNotes() throws {
        var box = LetterBox(letters: [Self.received(1), Self.received(2, sentMinutes: 1)])
        let first = box.letters[1]
        let payload = try #require(box.readNote(for: first))
        #expect(payload == .letterRead(LetterMark(letter: first.id, from: "Sam")))
        let note = Self.note(payload, minutes: 10)
        box.note(note)
        #expect(box.isRead(first))
        #expect(box.readNote(for: first) == nil, "read once is enough")
        #expect(box.unread.map(\.id) == [box.letters[0].id])
        box.note(Self.note(.delete(Delete(target: note.id)), minutes: 11))
        #expect(!box.isRead(first))
    }

    @Test("hiding is a note, and showing again deletes the note; the letter itself is never touched")
    func hiding() {
        var box = LetterBox(letters: [Self.received(1)])
        let letter = box.letters[0]
        let hide = Self.note(box.hideToggle(for: letter), minutes: 1)
        #expect(hide.payload == .letterHidden(LetterMark(letter: letter.id, from: "Sam")))
        box.note(hide)
        #expect(box.isHidden(letter))
        #expect(box.shown.isEmpty && box.unread.isEmpty && box.unreadWriters.isEmpty)
        #expect(box.letters == [letter])
        #expect(box.hideToggle(for: letter) == .delete(Delete(target: hide.id)))
        box.note(Self.note(box.hideToggle(for: letter), minutes: 2))
        #expect(!box.isHidden(letter))
    }

    @Test("notes come from the live records given, and letters older than what those cover count as read")
    func fromRecords() {
        let old = Self.received(1, sentMinutes: -60 * 24 * 200)
        let recent = Self.received(2, sentMinutes: 0)
        let readRecently = Self.note(.letterRead(LetterMark(letter: recent.id, from: "Sam")), minutes: 5)
        let since = RecordSamples.time(plusMinutes: -60 * 24 * 120).secondsSince1970
        let box = LetterBox(letters: [old, recent], records: [readRecently], notesKnownSince: since)
        #expect(box.isRead(old), "home never announces a letter from before the months it reads")
        #expect(box.isRead(recent))
        #expect(box.unread.isEmpty)
        #expect(!LetterBox(letters: [old], records: []).isRead(old), "with every note known, it is unread")
    }

    @Test("home's line names one writer, two, or a few")
    func waitingLine() {
        let words = PromptLibrary.builtIn.letters
        #expect(words.waiting(from: ["Sam"]) == "Sam wrote you something")
        #expect(words.waiting(from: ["Sam", "Mum"]) == "Sam and Mum wrote you something")
        #expect(words.waiting(from: ["Sam", "Mum", "Zoë"]) == "Sam, Mum and Zoë wrote you something")
        #expect(words.waiting(from: []) == "")
    }
}
