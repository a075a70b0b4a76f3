import Testing
@testable import TendUI

/// A read can end anywhere: inside a character, a sequence or a paste.
/// Whatever the cut, the text and keys that come out are the same.
@Suite("Input split across reads")
struct SplitInputTests {
    static let samples: [String] = [
        "café au lait, 你好 and more",      // 2- and 3-byte characters
        "🙂🚲 𝄞",                            // 4-byte characters
        "👩‍💻 and 👨‍👩‍👧 and 🇩🇪 and 👍🏽",     // joined emoji, flags, skin tones
        "José and e\u{301}",                  // combining accent
        "a\u{1B}[1;5Cb\u{1B}OHc\u{1B}[3~d",   // keys between letters
    ]

    /// The text the keys type, and the keys that are not text.
    func typed(_ keys: [Key]) -> (text: String, others: [Key]) {
        (String(keys.compactMap(\.typedCharacter)), keys.filter { $0.typedCharacter == nil })
    }

    @Test("typed text split at every byte types the same", arguments: samples)
    func everySplit(_ sample: String) {
        let bytes = Array(sample.utf8)
        let whole = typed(decodeKeys(bytes))
        #expect(whole.text == sample.replacingOccurrences(of: "\u{1B}[1;5C", with: "")
            .replacingOccurrences(of: "\u{1B}OH", with: "").replacingOccurrences(of: "\u{1B}[3~", with: ""))
        for cut in 1..<bytes.count {
            let split = typed(decodeKeys(bytes, splitAt: [cut]))
            #expect(split.text == whole.text, "cut at byte \(cut)")
            #expect(split.others == whole.others, "cut at byte \(cut)")
        }
    }

    @Test("typed text a byte at a time types the same", arguments: samples)
    func byteByByte(_ sample: String) {
        let bytes = Array(sample.utf8)
        let split = typed(decodeKeys(bytes, splitAt: Array(1..<bytes.count)))
        #expect(split.text == typed(decodeKeys(bytes)).text)
    }

    @Test("the tester's slow link: café au lait, 你好 split mid-character reaches the field whole")
    func slowLinkIntoField() {
        var decoder = KeyDecoder()
        var field = LineEditor()
        for chunk in [[0x63, 0x61, 0x66, 0xC3], [0xA9] + Array(" au lait, ".utf8), [0xE4, 0xBD],
                      [0xA0, 0xE5, 0xA5, 0xBD] + Array(" and more".utf8)] as [[UInt8]] {
            for key in decoder.decode(chunk) { _ = field.handle(key) }
        }
        #expect(field.text == "café au lait, 你好 and more")
    }

    @Test("a joined emoji whose parts come in separate reads is one character in a field")
    func joinedEmojiIntoField() {
        let bytes = Array("👩‍💻!".utf8)
        for cut in 1..<bytes.count {
            var decoder = KeyDecoder()
            var field = LineEditor()
            for key in decoder.decode(bytes[..<cut]) + decoder.decode(bytes[cut...]) { _ = field.handle(key) }
            #expect(field.text == "👩‍💻!", "cut at byte \(cut)")
            #expect(field.characters.count == 2, "cut at byte \(cut)")
        }
    }
}
