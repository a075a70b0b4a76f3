import Foundation
import Testing
import TendCore
import TendStorage
import TendTestSupport

/// Sealing with the `age` command (never Tend's own cryptography), with a
/// key made by age-keygen for the test.
@Suite("Letters: sealed with age")
struct AgeLetterTests {
    let age = AgeTool(environment: ProcessInfo.processInfo.environment)

    @Test("a letter sealed for Ana's key holds no plain words, and her key opens it")
    func roundTrip() throws {
        let lab = try ShareLab()
        let key = try AgeKeys.make(in: lab.root.appendingPathComponent("ana-keys"))
        var sealedFolder = lab.folder
        sealedFolder.ageRecipient = key.recipient
        let words = "You left the light on for me 🌙 \u{1B}[2J"
        try lab.send(1, from: "Sam", to: "Ana", text: words, folder: sealedFolder)
        let stored = Disk.text(lab.file("Sam.jsonl"))
        #expect(stored.contains(#""age":"-----BEGIN AGE ENCRYPTED FILE-----"#))
        #expect(!stored.contains("light on"), "no plain words in the shared folder")
        let reading = lab.read(as: "Ana", sharingWith: "Sam")
        #expect(reading.letters.first?.letter.text == nil)
        let opened = LetterShelf.open(reading.letters, identity: key.identity, age: age, words: PromptLibrary.builtIn.letters)
        #expect(opened.first?.letter.text == words)
        #expect(opened.first?.sealedBecause == nil)
    }

    @Test("the wrong key, or none, leaves it sealed and says why")
    func wrongKey() throws {
        let lab = try ShareLab()
        let ana = try AgeKeys.make(in: lab.root.appendingPathComponent("ana"))
        let other = try AgeKeys.make(in: lab.root.appendingPathComponent("other"))
        let sealed = try age.seal("for Ana", for: ana.recipient)
        #expect(try age.open(sealed, identity: ana.identity) == "for Ana")
        do throws(AgeFailure) {
            _ = try age.open(sealed, identity: other.identity)
            Issue.record("opened with the wrong key")
        } catch {
            #expect(error.reason.hasPrefix("age says:"), "\(error)")
        }
        var folder = lab.folder
        folder.ageRecipient = ana.recipient
        try lab.send(1, from: "Sam", to: "Ana", folder: folder)
        let shut = LetterShelf.open(lab.read(as: "Ana", sharingWith: "Sam").letters, identity: nil, age: age,
                                    words: PromptLibrary.builtIn.letters)
        #expect(shut.first?.sealedBecause?.contains("age_identity") == true)
    }

    @Test("a recipient age refuses stops the send, and nothing goes into the folder")
    func badRecipient() throws {
        try AgeKeys.ensureInstalled()
        let lab = try ShareLab()
        var folder = lab.folder
        folder.ageRecipient = "age1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq"
        #expect(throws: LetterPostError.self) { try lab.send(1, from: "Sam", to: "Ana", folder: folder) }
        #expect(!FileManager.default.fileExists(atPath: lab.file("Sam.jsonl")))
    }
}
