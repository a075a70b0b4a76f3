import Testing
import TendCore

@Suite("Display width, per grapheme")
struct DisplayWidthTests {
    @Test("ASCII letters take one column each")
    func ascii() { #expect("Tend 42!".displayWidth == 8) }

    @Test("precomposed and decomposed accents both take one column")
    func accents() {
        #expect("José".displayWidth == 4)
        #expect("Jose\u{301}".displayWidth == 4)
        #expect("Zoë Ångström".displayWidth == 12)
    }

    @Test("stacked combining marks add no width")
    func combining() { #expect("a\u{301}\u{323}\u{308}b".displayWidth == 2) }

    @Test("CJK ideographs and kana take two columns")
    func cjk() {
        #expect("日本".displayWidth == 4)
        #expect("ありがとう".displayWidth == 10)
        #expect("한국어".displayWidth == 6)
    }

    @Test("a plain emoji takes two columns")
    func emoji() { #expect("🙂".displayWidth == 2) }

    @Test("a ZWJ family sequence is one grapheme of two columns")
    func zwjSequence() {
        let family = "👨‍👩‍👧"
        #expect(family.count == 1)
        #expect(family.displayWidth == 2)
    }

    @Test("a skin-tone modifier does not widen the emoji")
    func skinTone() { #expect("👍🏽".displayWidth == 2) }

    @Test("a flag of two regional indicators takes two columns")
    func flags() { #expect("🇩🇪🇯🇵".displayWidth == 4) }

    @Test("text symbols with VS16 become two-column emoji")
    func variationSelector() {
        #expect("❤".displayWidth == 1)
        #expect("❤️".displayWidth == 2)
    }

    @Test("control characters take no columns")
    func controls() { #expect("a\u{7}\u{1B}b".displayWidth == 2) }
}

@Suite("Truncation by width")
struct TruncationTests {
    @Test("text that fits is unchanged")
    func fits() { #expect("hello".truncated(toWidth: 5) == "hello") }

    @Test("text that does not fit ends in an ellipsis within the width")
    func cut() {
        #expect("hello world".truncated(toWidth: 8) == "hello w…")
        #expect("hello world".truncated(toWidth: 8).displayWidth == 8)
    }

    @Test("a wide character is never split")
    func wide() {
        let cut = "日本語テキスト".truncated(toWidth: 6)
        #expect(cut == "日本…")
        #expect(cut.displayWidth == 5)
    }

    @Test("an emoji sequence stays whole or goes")
    func emoji() { #expect("ab👨‍👩‍👧cd".truncated(toWidth: 4) == "ab…") }

    @Test("combining marks stay with their letter")
    func combining() { #expect("Jose\u{301}phine".truncated(toWidth: 5) == "Jose\u{301}…") }

    @Test("zero or negative width gives nothing")
    func zero() {
        #expect("abc".truncated(toWidth: 0) == "")
        #expect("abc".truncated(toWidth: -3) == "")
    }

    @Test("padding fills to the exact width")
    func padding() {
        #expect("日本".padded(toWidth: 6) == "日本  ")
        #expect("日本語".padded(toWidth: 4).displayWidth == 4)
    }
}

@Suite("Word wrap by width")
struct WordWrapTests {
    @Test("breaks at spaces within the width")
    func breaks() {
        #expect("one two three four".wrapped(toWidth: 9) == ["one two", "three", "four"])
    }

    @Test("a word longer than the line is cut by width")
    func longWord() { #expect("abcdefgh".wrapped(toWidth: 3) == ["abc", "def", "gh"]) }

    @Test("wide characters count two columns")
    func wide() { #expect("日本語 テキスト".wrapped(toWidth: 6) == ["日本語", "テキス", "ト"]) }

    @Test("newlines start new lines")
    func newlines() { #expect("a\nb".wrapped(toWidth: 10) == ["a", "b"]) }
}
