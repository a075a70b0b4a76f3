import Testing
@testable import TendUI

/// Decodes `text`'s UTF-8 bytes in one read, then lets the clock settle a lone ESC.
func decodeKeys(_ bytes: [UInt8], terminfo: TerminfoKeys = TerminfoKeys(), pasteLimit: Int = KeyDecoder.pasteLimit) -> [Key] {
    var decoder = KeyDecoder(terminfo: terminfo, pasteLimit: pasteLimit)
    return decoder.decode(bytes) + decoder.settle()
}

func decodeKeys(_ text: String) -> [Key] { decodeKeys(Array(text.utf8)) }

/// Decodes `bytes` in the given pieces, one read each, then settles.
func decodeKeys(_ bytes: [UInt8], splitAt cuts: [Int], pasteLimit: Int = KeyDecoder.pasteLimit) -> [Key] {
    var decoder = KeyDecoder(pasteLimit: pasteLimit)
    var keys: [Key] = []
    var start = 0
    for cut in cuts + [bytes.count] {
        keys += decoder.decode(bytes[start..<cut])
        start = cut
    }
    return keys + decoder.settle()
}

func characters(_ text: String) -> [Key] { text.map { .character($0) } }

@Suite("Decoding the terminal's bytes into keys")
struct KeyDecoderTests {
    @Test("printable characters, including emoji, arrive as characters")
    func printable() { #expect(decodeKeys("aé🙂") == characters("aé🙂")) }

    @Test("an emoji with joiners in one read is one character")
    func joinedEmoji() { #expect(decodeKeys("👩‍💻👍🏽") == [.character("👩‍💻"), .character("👍🏽")]) }

    @Test("Return, Tab and Backspace are named keys")
    func named() { #expect(decodeKeys("\r\t\u{7F}\u{8}") == [.enter, .tab, .backspace, .backspace]) }

    @Test("Ctrl-letters decode as control keys, Ctrl-S and Ctrl-Q included")
    func control() { #expect(decodeKeys("\u{1}\u{17}\u{13}\u{11}") == [.control("a"), .control("w"), .control("s"), .control("q")]) }

    @Test("a lone ESC waits a moment, then is Escape")
    func loneEscape() {
        var decoder = KeyDecoder()
        #expect(decoder.decode(Array("\u{1B}".utf8)).isEmpty)
        #expect(decoder.settleDelay == KeyDecoder.escapeDelay)
        #expect(decoder.settle() == [.escape])
        #expect(decoder.settleDelay == nil)
    }

    @Test("an ESC whose sequence comes in the next read is that sequence, not Escape")
    func escapeThenRest() {
        var decoder = KeyDecoder()
        #expect(decoder.decode(Array("\u{1B}".utf8)).isEmpty)
        #expect(decoder.decode(Array("[A".utf8)) == [.up])
    }

    @Test("an incomplete sequence does not wait on the clock; the next read completes it")
    func partialSequenceHasNoDeadline() {
        var decoder = KeyDecoder()
        #expect(decoder.decode(Array("\u{1B}[1;5".utf8)).isEmpty)
        #expect(decoder.settleDelay == nil)
        #expect(decoder.settle().isEmpty)
        #expect(decoder.decode(Array("C".utf8)) == [.modified(.right, .control)])
    }

    @Test("ESC followed by a character is Alt plus that character, accented ones too")
    func alt() { #expect(decodeKeys("\u{1B}b\u{1B}f\u{1B}é\u{1B}\u{7F}") == [.alt("b"), .alt("f"), .alt("é"), .alt("\u{7F}")]) }

    @Test("two ESCs in a row are two Escapes, three are three")
    func doubleEscape() {
        #expect(decodeKeys("\u{1B}\u{1B}") == [.escape, .escape])
        #expect(decodeKeys("\u{1B}\u{1B}\u{1B}") == [.escape, .escape, .escape])
        #expect(decodeKeys("\u{1B}\u{1B}x") == [.escape, .alt("x")])
        #expect(decodeKeys("\u{1B}\u{1B}\r") == [.escape, .escape, .enter])
    }

    @Test("Escape right before a paste is Escape, then the paste")
    func escapeThenPaste() {
        #expect(decodeKeys("\u{1B}\u{1B}[200~hi\u{1B}[201~") == [.escape, .paste("hi")])
    }

    @Test("Esc then Enter in one read is Escape, then Enter")
    func escapeEnter() { #expect(decodeKeys("\u{1B}\r") == [.escape, .enter]) }

    @Test("Home and End between words never leave a ~ behind")
    func homeEndInText() {
        #expect(decodeKeys("abc\u{1B}[1~def\u{1B}[4~") == characters("abc") + [.home] + characters("def") + [.end])
    }

    @Test("bytes that are not UTF-8 become U+FFFD, and what follows is kept")
    func invalidUTF8() {
        #expect(decodeKeys([0xFF, 0x61]) == characters("\u{FFFD}a"))
        #expect(decodeKeys([0xC3, 0x28]) == characters("\u{FFFD}("))
        #expect(decodeKeys([0xE0, 0x80, 0xAF]) == characters("\u{FFFD}"), "an overlong form is not a character")
        #expect(decodeKeys([0xED, 0xA0, 0x80, 0x62]) == characters("\u{FFFD}b"), "a surrogate is not a character")
    }

    @Test("a character cut off by an ESC is U+FFFD, and the sequence still decodes")
    func brokenCharacterThenKey() { #expect(decodeKeys([0xE4, 0xBD, 0x1B, 0x5B, 0x41]) == [.character("\u{FFFD}"), .up]) }

    @Test("a control byte inside a sequence ends it and is read as itself")
    func controlInsideSequence() {
        #expect(decodeKeys("\u{1B}[1\r") == [.enter])
        #expect(decodeKeys("\u{1B}[1\u{1B}[A") == [.up])
        #expect(decodeKeys("\u{1B}]0;title\r") == [.enter])
    }

    @Test("a sequence with a thousand parameter bytes is dropped whole")
    func longSequence() {
        #expect(decodeKeys("\u{1B}[" + String(repeating: "1;", count: 500) + "5Cx") == [.character("x")])
    }

    @Test("the sequences terminfo names win over the common forms")
    func terminfoKeys() {
        // FreeBSD's cons25 console: PgUp is ESC [ I, Insert ESC [ L, PgDn ESC [ G.
        var cons25 = TerminfoKeys()
        cons25.learn(Array("\u{1B}[I".utf8), as: .pageUp)
        cons25.learn(Array("\u{1B}[L".utf8), as: .insert)
        cons25.learn(Array("\u{1B}[G".utf8), as: .pageDown)
        cons25.learn(Array("\u{7F}".utf8), as: .delete) // single bytes are not learned
        #expect(decodeKeys(Array("\u{1B}[I\u{1B}[L\u{1B}[G\u{7F}".utf8), terminfo: cons25) == [.pageUp, .insert, .pageDown, .backspace])
        #expect(decodeKeys("\u{1B}[I\u{1B}[L") == [], "without terminfo they are no keys")
    }

    @Test("a key map with no binding for a modified key falls back to the plain key")
    func modifiedFallsBack() {
        let map = KeyMap<Int>([KeyBinding([.down], "↓", "down", 1), KeyBinding([.modified(.down, .control)], "C-↓", "far", 2)])
        #expect(map.intent(for: .modified(.down, .shift)) == 1)
        #expect(map.intent(for: .modified(.down, .control)) == 2)
        #expect(map.intent(for: .modified(.up, .shift)) == nil)
    }

    @Test("keys typed while Tend asks for the background survive its answers (OSC 11 and DA1), either ending")
    func typedAheadOfTheAnswers() {
        let bel = Array("t\u{1B}]11;rgb:1e1e/1e1e/1e1e\u{07}h\u{1B}[?62;22c".utf8)
        let st = Array("\u{1B}]11;rgb:ffff/ffff/ffff\u{1B}\\x\u{1B}[?1;2cy".utf8)
        #expect(decodeKeys(bel) == characters("th"))
        #expect(decodeKeys(st) == characters("xy"))
    }
}
