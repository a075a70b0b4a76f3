import Testing
@testable import TendUI

private let start = "\u{1B}[200~", end = "\u{1B}[201~"

/// Bracketed pastes: one event, whatever they hold and however they arrive.
@Suite("Decoding bracketed pastes")
struct PasteDecodingTests {
    static let contents: [String] = [
        "hi\nthere\r\nthird line",
        "colour codes \u{1B}[31mred\u{1B}[0m",  // escape sequences are text inside a paste
        "colour codes \u{1B}[2",                // ends in a partial sequence
        "almost \u{1B}[201 and \u{1B}[20~ and \u{1B}[2001~",  // fake end markers
        "\u{1B}\u{1B}[20",                       // ESC right before a partial marker
        "\u{1B}",
        "c1\u{1B}",                             // what the fuzz target found when the marker's ESC was thrown away
        "日本語のテキスト 🙂 café",
    ]

    @Test("a paste arrives as one event, and the key after it as a key", arguments: contents)
    func whole(_ content: String) {
        #expect(decodeKeys(start + content + end + "q") == [.paste(content), .character("q")])
    }

    @Test("a paste split at every byte is the same one event", arguments: contents)
    func everySplit(_ content: String) {
        let bytes = Array((start + content + end + "q").utf8)
        for cut in 1..<bytes.count {
            #expect(decodeKeys(bytes, splitAt: [cut]) == [.paste(content), .character("q")], "cut at byte \(cut)")
        }
    }

    @Test("a paste a byte at a time is the same one event", arguments: contents)
    func byteByByte(_ content: String) {
        let bytes = Array((start + content + end + "q").utf8)
        #expect(decodeKeys(bytes, splitAt: Array(1..<bytes.count)) == [.paste(content), .character("q")])
    }

    @Test("Escape and q after a paste that ended in ESC [ 2 are keys again")
    func partialSequenceDoesNotSwallowKeys() {
        #expect(decodeKeys(start + "colour codes \u{1B}[2" + end + "\u{1B}q") == [.paste("colour codes \u{1B}[2"), .alt("q")])
        var decoder = KeyDecoder()
        _ = decoder.decode(Array((start + "colour codes \u{1B}[2" + end).utf8))
        #expect(decoder.decode(Array("\u{1B}".utf8)) + decoder.settle() == [.escape])
        #expect(decoder.decode(Array("q".utf8)) == [.character("q")])
    }

    @Test("a paste larger than the limit is refused as it arrives, and later keys still work")
    func oversized() {
        let content = String(repeating: "あ", count: 40) // 120 bytes
        let bytes = Array((start + content + end + "q").utf8)
        #expect(decodeKeys(bytes, pasteLimit: 100) == [.oversizedPaste(byteCount: 120), .character("q")])
        #expect(decodeKeys(bytes, splitAt: Array(stride(from: 7, to: bytes.count, by: 7)), pasteLimit: 100)
            == [.oversizedPaste(byteCount: 120), .character("q")])
        #expect(decodeKeys(bytes, pasteLimit: 120) == [.paste(content), .character("q")], "the limit itself fits")
    }

    @Test("a paste whose end marker never comes ends when the input goes quiet")
    func stalledPaste() {
        var decoder = KeyDecoder()
        #expect(decoder.decode(Array((start + "abc\u{1B}[20").utf8)).isEmpty)
        #expect(decoder.settleDelay == KeyDecoder.stalledPasteDelay)
        #expect(decoder.settle() == [.paste("abc\u{1B}[20")])
        #expect(decoder.decode(Array("\u{1B}".utf8)) + decoder.settle() == [.escape])
    }

    @Test("a stray end marker outside a paste is dropped whole")
    func strayEnd() { #expect(decodeKeys(end + "q") == [.character("q")]) }

    @Test("an empty paste is one empty paste")
    func empty() { #expect(decodeKeys(start + end) == [.paste("")]) }
}
