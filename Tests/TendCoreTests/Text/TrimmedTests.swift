import Foundation
import Testing
import TendCore

@Suite("Text: trimming and composing without Foundation")
struct TrimmedTests {
    @Test("trimmed() and trimmedIncludingNewlines() trim what Foundation's character sets hold, every scalar")
    func everyScalar() {
        var differ: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "\(scalar)a\(scalar)b\(scalar)"
            if text.trimmed() != text.trimmingCharacters(in: .whitespaces)
                || text.trimmedIncludingNewlines() != text.trimmingCharacters(in: .whitespacesAndNewlines) {
                differ.append(String(value, radix: 16))
            }
        }
        #expect(differ.isEmpty, "U+\(differ.prefix(20).joined(separator: " U+"))")
    }

    @Test("trims scalars, not characters, as Foundation did", arguments: [
        (" \u{301}x \t", "\u{301}x", "\u{301}x"), (" \n x \r\n", "\n x \r\n", "x"), ("\u{3000}名\u{200B}", "名", "名"),
        ("", "", ""), (" \t ", "", ""), ("x\u{2028}", "x\u{2028}", "x"),
    ])
    func examples(text: String, spaces: String, lines: String) {
        #expect(text.trimmed() == spaces)
        #expect(text.trimmedIncludingNewlines() == lines)
        #expect(Substring(text).trimmed() == spaces)
    }

    @Test("composed is Foundation's NFC", arguments: ["e\u{308}", "Zoe\u{308}", "A\u{30A}\u{301}", "ﬃ", "\u{212B}", "가", "\u{1100}\u{1161}"])
    func composed(text: String) {
        #expect(Array(text.composed.unicodeScalars) == Array(text.precomposedStringWithCanonicalMapping.unicodeScalars))
    }
}
