import Testing
@testable import TendUI

@Suite("Decoding raw input into keys")
struct KeyDecoderTests {
    static let codes = KeyDecoder.Codes(up: 259, down: 258, left: 260, right: 261, home: 262, end: 360,
                                        pageUp: 339, pageDown: 338, backspace: 263, delete: 330,
                                        enter: 343, backTab: 353, f1: 265)

    func decode(_ text: String) -> [Key] {
        var decoder = KeyDecoder(codes: Self.codes)
        return decoder.decode(text.unicodeScalars.map { .character($0.value) })
    }

    @Test("printable characters, including emoji, arrive as characters")
    func printable() { #expect(decode("aé🙂") == [.character("a"), .character("é"), .character("🙂")]) }

    @Test("Return, Tab and Backspace are named keys")
    func named() { #expect(decode("\r\t\u{7F}") == [.enter, .tab, .backspace]) }

    @Test("Ctrl-letters decode as control keys")
    func control() { #expect(decode("\u{1}\u{17}") == [.control("a"), .control("w")]) }

    @Test("a lone ESC at the end of a batch is Escape")
    func loneEscape() { #expect(decode("\u{1B}") == [.escape]) }

    @Test("ESC followed by a letter is Alt plus that letter")
    func alt() { #expect(decode("\u{1B}b\u{1B}f") == [.alt("b"), .alt("f")]) }

    @Test("two ESCs in a row are two Escapes")
    func doubleEscape() { #expect(decode("\u{1B}\u{1B}") == [.escape, .escape]) }

    @Test("a bracketed paste arrives as one paste event, newlines and all")
    func paste() {
        #expect(decode("\u{1B}[200~hi\nthere\u{1B}[201~x") == [.paste("hi\nthere"), .character("x")])
    }

    @Test("a paste split across batches is still one event")
    func splitPaste() {
        var decoder = KeyDecoder(codes: Self.codes)
        let first = decoder.decode("\u{1B}[200~abc".unicodeScalars.map { .character($0.value) })
        let second = decoder.decode("def\u{1B}[201~".unicodeScalars.map { .character($0.value) })
        #expect(first.isEmpty)
        #expect(second == [.paste("abcdef")])
    }

    @Test("a paste with an escape sequence inside keeps it as text")
    func pasteWithEscape() { #expect(decode("\u{1B}[200~a\u{1B}[31mb\u{1B}[201~") == [.paste("a\u{1B}[31mb")]) }

    @Test("key codes from ncurses map to arrows and function keys")
    func keyCodes() {
        var decoder = KeyDecoder(codes: Self.codes)
        #expect(decoder.decode([.keyCode(259), .keyCode(338), .keyCode(266)]) == [.up, .pageDown, .function(2)])
    }
}
