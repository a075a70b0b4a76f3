import Testing
import TendCore

@Suite("Text: searching and replacing without _StringProcessing")
struct TextSearchTests {
    // (text, what is looked for): overlapping starts, a needle at the very
    // end or longer than the text, combining accents and "\r\n", which are
    // one character each, and the empty needle.
    static let cases: [(String, String)] = [
        ("aaab", "aab"), ("abcabd", "abd"), ("abc", "c"), ("ab", "abc"), ("", "a"), ("abc", ""), ("", ""),
        ("cafe\u{301} cafe", "cafe"), ("cafe\u{301}", "e"), ("e\u{301}", "\u{301}"), ("a\r\nb", "\n"),
        ("a\r\nb\r\n", "\r\n"), ("x://y://z", "://"), ("{name} and {name}", "{name}"), ("日本語の日本", "日本"),
        ("\u{1B}]11;rgb:ffff/0000/0000\u{7}", "\u{1B}]11;rgb:"), ("aaaa", "aa"),
    ]

    @Test("textRange(of:) finds what firstRange(of:) finds", arguments: cases)
    func range(text: String, other: String) {
        #expect(text.textRange(of: other) == text.firstRange(of: other))
        #expect(text.includes(other) == (text.firstRange(of: other) != nil))
        let slice = text.dropFirst()
        #expect(slice.textRange(of: other) == slice.firstRange(of: other))
    }

    @Test("replacingText(_:with:) gives what replacing(_:with:) gives", arguments: cases.filter { !$0.1.isEmpty })
    func replace(text: String, old: String) {
        for new in ["", "-", "\u{301}", "\(old)\(old)"] {
            #expect(text.replacingText(old, with: new) == text.replacing(old, with: new))
            #expect(text.dropLast().replacingText(old, with: new) == String(text.dropLast()).replacing(old, with: new))
        }
    }

    @Test("an empty pattern leaves the text as it is")
    func emptyPattern() {
        #expect("abc".replacingText("", with: "-") == "abc")
    }
}
