import Testing
import TendCore

@Suite("Terminal-safe text")
struct SafeTextTests {
    @Test("a CSI colour sequence is shown as one marker and does nothing")
    func csi() { #expect(SafeText.line("a\u{1B}[31mred\u{1B}[0m") == "a␛red␛") }

    @Test("an OSC title sequence is swallowed whole")
    func osc() { #expect(SafeText.line("x\u{1B}]0;pwned\u{07}y") == "x␛y") }

    @Test("C0 controls become visible control pictures")
    func c0() { #expect(SafeText.line("a\u{07}b\u{08}") == "a␇b␈") }

    @Test("C1 controls become replacement characters")
    func c1() { #expect(SafeText.line("a\u{9B}31m") == "a�31m") }

    @Test("bidi overrides are dropped")
    func bidi() { #expect(SafeText.line("abc\u{202E}def\u{2066}") == "abcdef") }

    @Test("newlines and tabs become spaces")
    func whitespace() { #expect(SafeText.line("a\nb\tc") == "a b c") }

    @Test("emoji, accents and CJK pass unchanged")
    func ordinary() {
        let text = "José 👨‍👩‍👧 日本 e\u{301}"
        #expect(SafeText.line(text) == text)
        #expect(!SafeText.needsCleaning(text))
    }
}
