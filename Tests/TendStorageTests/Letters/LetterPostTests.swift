import Foundation
import Testing
import TendCore
import TendJournalFormat
import TendStorage
import TendTestSupport

@Suite("Letters: sending into a shared folder")
struct LetterPostTests {
    @Test("a letter goes into the writer's own file as one line, 0600, under a lock of its own")
    func appends() throws {
        let lab = try ShareLab()
        #expect(try lab.send(1, from: "Sam", to: "Ana", text: "You kept the soup warm for me.") == .added)
        let lines = Disk.text(lab.file("Sam.jsonl")).split(separator: "\n")
        #expect(lines.count == 1)
        let letter = try Letter(line: Array(lines[0].utf8))
        #expect(letter == Letter(id: RecordSamples.id(1), written: RecordSamples.time(plusMinutes: -1), from: "Sam", to: "Ana",
                                 body: .text("You kept the soup warm for me."), sent: RecordSamples.time()))
        #expect(Disk.mode(lab.file("Sam.jsonl")) == 0o600)
        #expect(Disk.mode(lab.file(".Sam.lock")) == 0o600)
        #expect(Disk.files(in: lab.path) == [".Sam.lock", "Sam.jsonl"], "nothing else is written, and no one else's file")
    }

    @Test("sending the same appreciation again adds nothing: the file is not even touched")
    func resend() throws {
        let lab = try ShareLab()
        try lab.send(1, from: "Sam", to: "Ana")
        try lab.send(2, from: "Sam", to: "Ana")
        let before = lab.stamp("Sam.jsonl")
        #expect(try lab.send(1, from: "Sam", to: "Ana", text: "other words this time") == .alreadyThere)
        #expect(lab.stamp("Sam.jsonl") == before)
        #expect(Disk.text(lab.file("Sam.jsonl")).split(separator: "\n").count == 2)
    }

    @Test("a torn last line is closed first: the new letter starts on a line of its own")
    func tornTail() throws {
        let lab = try ShareLab()
        try lab.send(1, from: "Sam", to: "Ana")
        let torn = #"{"v":1,"id":"x","time":"2026-11-23T21:30:05+01:00","kind":"letter","fr"#
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: lab.file("Sam.jsonl")))
        handle.seekToEndOfFile()
        handle.write(Data(torn.utf8))
        try handle.close()
        try lab.send(2, from: "Sam", to: "Ana")
        let lines = Disk.text(lab.file("Sam.jsonl")).split(separator: "\n").map(String.init)
        #expect(lines.count == 3 && lines[1] == torn)
        let reading = lab.read(as: "Ana", sharingWith: "Sam")
        #expect(reading.letters.map(\.id) == [RecordSamples.id(2), RecordSamples.id(1)])
        #expect(reading.findings.map(\.line) == [2])
    }

    @Test("a link where the writer's file should be is refused; what it points to is untouched")
    func linkRefused() throws {
        let lab = try ShareLab()
        let target = lab.root.appendingPathComponent("elsewhere.txt").path
        Disk.write("mine\n", to: target)
        try FileManager.default.createSymbolicLink(atPath: lab.file("Sam.jsonl"), withDestinationPath: target)
        #expect(throws: LetterPostError.self) { try lab.send(1, from: "Sam", to: "Ana") }
        #expect(Disk.text(target) == "mine\n")
    }

    @Test("a folder that isn't there is said plainly and not made; a name that can't be a file is refused")
    func refusals() throws {
        let lab = try ShareLab()
        let missing = SharedFolder(path: lab.root.appendingPathComponent("not-yet").path, written: "~/Sync/not-yet")
        do throws(LetterPostError) {
            try lab.send(1, from: "Sam", to: "Ana", folder: missing)
            Issue.record("sent into a folder that is not there")
        } catch {
            #expect(error == .folderMissing("~/Sync/not-yet"))
            #expect(error.description.contains("~/Sync/not-yet isn't there"))
        }
        #expect(!FileManager.default.fileExists(atPath: missing.path))
        #expect(throws: LetterPostError.self) { try lab.send(1, from: "../Sam", to: "Ana") }
        #expect(Disk.files(in: lab.path).isEmpty)
    }
}
