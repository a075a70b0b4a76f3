import Foundation
import Testing
import TendTestSupport

/// The real binary on a pty of its own, fed as a slow ssh link or a large
/// paste feeds it: characters and pastes cut at any byte, with pauses.
@Suite("Typing and pasting over a slow link", .serialized)
struct SlowLinkTests {
    let binary: String
    let home: URL
    let environment: [String: String]

    init() throws {
        binary = try TendBinary.path()
        home = try TendBinary.freshHome()
        environment = TendBinary.environment(home: home, extra: ["TEND_NOW": "2026-11-23T12:00:00"])
    }

    /// `tend thanks` at the sentence, for Ana.
    func openSentence() throws -> PseudoTerminalSession {
        let tty = try PseudoTerminalSession(arguments: [binary, "thanks"], environment: environment)
        #expect(tty.waitForOutput("About"), "the bedtime screen did not open:\n\(tty.outputText)")
        tty.send("Ana")
        tty.send("\t")
        tty.wait(seconds: 0.1)
        return tty
    }

    /// Enter saves; the offer to send it to Ana follows, and Esc keeps it private.
    func saveKeepingPrivate(_ tty: PseudoTerminalSession, typing last: String = "") {
        tty.send(last + "\r")
        #expect(tty.waitForOutput("Send it to Ana?"), "no offer to send:\n\(tty.outputText.suffix(500))")
        tty.send("\u{1B}")
    }

    /// The appreciations the journal holds, as `tend log --json` reads them.
    func savedTexts() throws -> [String] {
        let log = try CommandRunner.run([binary, "log", "--json"], environment: environment)
        return log.stdout.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["text"] as? String
        }
    }

    @Test("café au lait, 你好 cut mid-character across reads is saved whole", arguments: [0.001, 0.01, 0.1])
    func splitCharacters(pause: Double) throws {
        let tty = try openSentence()
        tty.sendSlowly([Array("caf".utf8) + [0xC3], [0xA9] + Array(" au lait, ".utf8), [0xE4, 0xBD],
                        [0xA0, 0xE5, 0xA5, 0xBD] + Array(" and more".utf8)], pause: pause)
        saveKeepingPrivate(tty)
        #expect(tty.waitForExit() == 0, "\(tty.outputText.suffix(500))")
        #expect(try savedTexts() == ["café au lait, 你好 and more"])
    }

    @Test("a key sequence cut across reads is still that key, not typed text")
    func splitSequence() throws {
        let tty = try openSentence()
        tty.send("one two")
        // Cut after ESC [ at most: a lone ESC that waits is the Escape key.
        tty.sendSlowly([Array("\u{1B}[1".utf8), Array("~X\u{1B}[".utf8), Array("4".utf8), Array("~!".utf8)], pause: 0.1)
        saveKeepingPrivate(tty)
        #expect(tty.waitForExit() == 0, "\(tty.outputText.suffix(500))")
        #expect(try savedTexts() == ["Xone two!"])
    }

    @Test("a paste of 1,000 CJK characters cut mid-character arrives whole, and the app leaves paste mode")
    func splitPaste() throws {
        let tty = try openSentence()
        let text = String(repeating: "你好世界和平", count: 167).prefix(1000)
        let bytes = Array("\u{1B}[200~\(text)\u{1B}[201~".utf8)
        // Cuts at 1000, 2001, 3002…: inside characters, and one inside the end marker.
        let chunks = stride(from: 0, to: bytes.count, by: 1001).map { Array(bytes[$0..<min(bytes.count, $0 + 1001)]) }
        tty.sendSlowly(chunks, pause: 0.02)
        saveKeepingPrivate(tty, typing: "!")
        #expect(tty.waitForExit() == 0, "\(tty.outputText.suffix(500))")
        #expect(try savedTexts() == [text + "!"])
    }

    @Test("a 112 KB paste is refused, and the keys after it still work")
    func oversizedPaste() throws {
        let tty = try openSentence()
        let japanese = String(repeating: "日本語の文章です。", count: 4200) // 113,400 bytes
        let bytes = Array("\u{1B}[200~\(japanese)\u{1B}[201~".utf8)
        tty.sendSlowly(stride(from: 0, to: bytes.count, by: 4096).map { Array(bytes[$0..<min(bytes.count, $0 + 4096)]) },
                       pause: 0.001)
        saveKeepingPrivate(tty, typing: "ok")
        #expect(tty.waitForExit() == 0, "\(tty.outputText.suffix(500))")
        #expect(try savedTexts() == ["ok"])
    }
}
