import Foundation
import Testing
import TendCore
import TendJournalFormat
import TendStorage
import TendTestSupport

@Suite("Letters: reading a shared folder")
struct LetterShelfTests {
    @Test("each reads the other's file as letters to them, newest first, and never their own")
    func twoWriters() throws {
        let lab = try ShareLab()
        try lab.send(1, from: "Sam", to: "Ana", minutes: 1)
        try lab.send(2, from: "Sam", to: "Ana", minutes: 3)
        try lab.send(3, from: "Ana", to: "Sam", minutes: 2)
        // Her own file is not even looked into when she reads (its torn tail is doctor's business).
        Disk.write(Disk.text(lab.file("Ana.jsonl")) + "{torn", to: lab.file("Ana.jsonl"))
        let ana = lab.read(as: "Ana", sharingWith: "Sam")
        #expect(ana.findings.isEmpty, "\(ana.findings)")
        #expect(ana.letters.map(\.letter.text) == ["letter 2 from Sam", "letter 1 from Sam"])
        #expect(ana.letters.allSatisfy { $0.person == "Sam" && $0.file == lab.file("Sam.jsonl") })
        // Sam's people.toml may call her anything: his Tend says "From" with his own name for her.
        let sam = LetterShelf.read(book: PeopleBook([Contact(name: "Ana María", way: .share(lab.folder))]), me: "sam")
        #expect(sam.letters.map(\.letter.text) == ["letter 3 from Ana"])
        #expect(sam.letters.map(\.person) == ["Ana María"])
    }

    @Test("a sync tool's copies: one's own are never read, theirs are merged by id")
    func conflictCopies() throws {
        let lab = try ShareLab()
        try lab.send(1, from: "Sam", to: "Ana")
        try lab.send(9, from: "Ana", to: "Sam")
        let copy = Disk.text(lab.file("Sam.jsonl"))
        Disk.write(copy, to: lab.file("Sam.sync-conflict-20261124-101010-ABCDEF.jsonl"))
        Disk.write(Disk.text(lab.file("Ana.jsonl")), to: lab.file("Ana.sync-conflict-20261124-101010-ABCDEF.jsonl"))
        try lab.send(2, from: "Sam", to: "Ana")
        let ana = lab.read(as: "Ana", sharingWith: "Sam")
        #expect(ana.letters.map(\.id) == [RecordSamples.id(2), RecordSamples.id(1)])
    }

    @Test("a torn or foreign line is skipped and named with its line; the letters around it are read")
    func badLines() throws {
        let lab = try ShareLab()
        try lab.send(1, from: "Sam", to: "Ana")
        let good = Disk.text(lab.file("Sam.jsonl"))
        let foreign = #"{"v":1,"id":"r1","time":"2026-11-23T21:30:05+01:00","kind":"appreciation","person":"Ana","text":"x"}"#
        let newer = #"{"v":7,"id":"r2","time":"2026-11-23T21:30:05+01:00","kind":"letter"}"#
        Disk.write(good + foreign + "\n\n" + newer + "\n<<<<<<< HEAD\n", to: lab.file("Sam.jsonl"))
        try lab.send(2, from: "Sam", to: "Ana")
        let reading = lab.read(as: "Ana", sharingWith: "Sam")
        #expect(reading.letters.map(\.id) == [RecordSamples.id(2), RecordSamples.id(1)])
        #expect(reading.findings.map(\.line) == [2, 4, 5])
        #expect(reading.findings[0].message.contains("kind \"appreciation\""))
        #expect(reading.findings[1].message.contains("newer Tend"))
        #expect(reading.findings.allSatisfy { $0.severity == .problem && $0.path == lab.file("Sam.jsonl") })
    }

    @Test("a letters file that is a link, a pipe or a folder is skipped and named; the rest are read")
    func oddFiles() throws {
        let lab = try ShareLab()
        try lab.send(1, from: "Sam", to: "Ana")
        let secret = lab.root.appendingPathComponent("secret.jsonl").path
        Disk.write(String(decoding: Letter(id: RecordSamples.id(5), written: RecordSamples.time(), from: "Mallory", to: "Ana",
                                           body: .text("through a link"), sent: RecordSamples.time()).jsonLine, as: UTF8.self) + "\n", to: secret)
        try FileManager.default.createSymbolicLink(atPath: lab.file("Link.jsonl"), withDestinationPath: secret)
        #expect(mkfifo(lab.file("Pipe.jsonl"), 0o600) == 0)
        try FileManager.default.createDirectory(atPath: lab.file("Folder.jsonl"), withIntermediateDirectories: false)
        let reading = lab.read(as: "Ana", sharingWith: "Sam")
        #expect(reading.letters.map(\.id) == [RecordSamples.id(1)], "never blocks on the pipe, never follows the link")
        #expect(Set(reading.findings.compactMap(\.path)) == [lab.file("Link.jsonl"), lab.file("Pipe.jsonl"), lab.file("Folder.jsonl")])
        #expect(reading.findings.first { $0.path == lab.file("Link.jsonl") }?.message.contains("never follows links") == true)
    }

    @Test("in a folder shared with several people, only letters addressed to oneself are one's own")
    func groupFolder() throws {
        let lab = try ShareLab()
        try lab.send(1, from: "Sam", to: "Ana")
        try lab.send(2, from: "Sam", to: "Mum")
        try lab.send(3, from: "Mum", to: "ana")
        let book = PeopleBook([Contact(name: "Sam", way: .share(lab.folder)), Contact(name: "Mum", way: .share(lab.folder))])
        let reading = LetterShelf.read(book: book, me: "Ana")
        #expect(reading.letters.map(\.id).sorted() == [RecordSamples.id(1), RecordSamples.id(3)])
        #expect(Set(reading.letters.map(\.person)) == ["Sam", "Mum"])
        #expect(lab.read(as: "Ana", sharingWith: "Sam").letters.count == 3, "a folder for two shows all the other writes")
    }

    @Test("a letter signed with one's own name, found in their file, is not shown as one to oneself")
    func ownLetterCopied() throws {
        let lab = try ShareLab()
        try lab.send(1, from: "Ana", to: "Sam")
        Disk.write(Disk.text(lab.file("Ana.jsonl")), to: lab.file("Sam.jsonl"))
        #expect(lab.read(as: "Ana", sharingWith: "Sam").letters.isEmpty)
    }

    @Test("doctor: a folder others can open, files others can read, a missing [me] name, a folder not there")
    func doctor() throws {
        let lab = try ShareLab()
        try lab.send(1, from: "Sam", to: "Ana")
        try lab.send(2, from: "Ana", to: "Sam")
        Disk.write("{torn\n", to: lab.file("Ana.jsonl.tmp"))
        #expect(LetterShelf.findings(book: lab.book(sharingWith: "Sam"), me: "Ana", configPath: "config.toml").isEmpty)
        chmod(lab.path, 0o755)
        chmod(lab.file("Sam.jsonl"), 0o644)
        let loose = LetterShelf.findings(book: lab.book(sharingWith: "Sam"), me: "Ana", configPath: "config.toml")
        #expect(loose.map(\.path) == [lab.path, lab.file("Sam.jsonl")])
        #expect(loose[0].message.contains("chmod 700 '\(lab.path)'"))
        #expect(loose[1].message.contains("chmod 600"))
        #expect(SharedFolderCheck.looseMode(of: lab.path) == "755")
        chmod(lab.path, 0o700)
        #expect(SharedFolderCheck.looseMode(of: lab.path) == nil)
        let nameless = LetterShelf.findings(book: lab.book(sharingWith: "Sam"), me: nil, configPath: "config.toml")
        #expect(nameless.first?.path == "config.toml" && nameless.first?.message.contains("[me] name") == true)
        let gone = SharedFolder(path: lab.root.appendingPathComponent("gone").path)
        let missing = LetterShelf.findings(book: lab.book(sharingWith: "Sam", folder: gone), me: "Ana", configPath: "config.toml")
        #expect(missing.map(\.severity) == [.note])
        // Both signing as "ana": one file, and doctor says what to do.
        try lab.send(3, from: "ana", to: "Ana")
        let twins = LetterShelf.findings(book: lab.book(sharingWith: "Sam"), me: "Ana", configPath: "config.toml")
        #expect(twins.contains { $0.path == lab.file("ana.jsonl") && $0.message.contains("a [me] name of your own") }, "\(twins)")
        // Doctor only reads: the letters files are as they were.
        #expect(Disk.text(lab.file("Sam.jsonl")).split(separator: "\n").count == 1)
    }
}

@Suite("Letters: noticing new ones while the app is open")
struct LetterFolderWatchTests {
    @Test("a letter added, a file rewritten or removed is noticed once; looking again without change is quiet")
    func watch() throws {
        let lab = try ShareLab()
        var watch = LetterFolderWatch(folders: [lab.path])
        var changed: Bool
        changed = watch.hasChanged()
        #expect(!changed)
        try lab.send(1, from: "Sam", to: "Ana")
        changed = watch.hasChanged()
        #expect(changed)
        changed = watch.hasChanged()
        #expect(!changed, "noticed once")
        Disk.write("notes\n", to: lab.file("notes.txt"))
        changed = watch.hasChanged()
        #expect(!changed, "only letters files count")
        try lab.send(2, from: "Sam", to: "Ana")
        changed = watch.hasChanged()
        #expect(changed)
        try FileManager.default.removeItem(atPath: lab.file("Sam.jsonl"))
        changed = watch.hasChanged()
        #expect(changed)
        var missing = LetterFolderWatch(folders: [lab.root.appendingPathComponent("missing").path])
        changed = missing.hasChanged()
        #expect(!changed, "a folder not there yet is simply empty")
    }
}
