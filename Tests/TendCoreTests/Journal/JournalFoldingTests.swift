import Foundation
import Testing
import TendCore
import TendJournalFormat
import TendTestSupport

@Suite("Journal records: folding and finding bytes fast")
struct JournalFoldingTests {
    /// Each scalar folded on its own by Foundation, as the folder promises.
    static func reference(_ text: String) -> [UInt8] {
        text.unicodeScalars.flatMap { scalar in
            Array(String(Character(scalar)).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).utf8)
        }
    }

    @Test("folding gives each scalar's own fold, the first time and every time after")
    func folding() {
        var generator = SeededGenerator(seed: 10)
        let pieces = ["José", "ZOË", "Straße", "ﬃ", "İstanbul", "ΐ", "日本", "👩🏽‍🚀", "e\u{301}", "ABC xyz", "Ǆ", "\u{1E9E}", "ŉ", "ǰ"]
        var folder = SearchFolder()
        for _ in 0..<400 {
            let text = (0..<Int.random(in: 1...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(folder.fold(text) == Self.reference(text), "\(text)")
        }
    }

    @Test("every scalar folds as Foundation folds it")
    func everyScalar() {
        var folder = SearchFolder()
        var differ: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(Character(scalar))
            if folder.fold(text) != Self.reference(text) { differ.append(String(value, radix: 16)) }
        }
        #expect(differ.isEmpty, "U+\(differ.prefix(20).joined(separator: " U+")) and \(max(0, differ.count - 20)) more")
    }

    @Test("accents, ß, the Turkish dotted I and lone combining marks", arguments: [
        ("é", "e"), ("E\u{301}", "e\u{301}"), ("ß", "ss"), ("\u{1E9E}", "ss"), ("İ", "i"), ("ı", "ı"),
        ("\u{301}", "\u{301}"), ("Å", "a"), ("\u{212B}", "a"), ("Ǆ", "ǆ"), ("ﬃ", "ffi"), ("ς", "σ"),
        ("\u{13A0}", "\u{AB70}"), ("\u{1C80}", "\u{1C80}"), ("ã", "a"), ("가", "가"), ("が", "が"),
    ])
    func knownFolds(text: String, folded: String) {
        var folder = SearchFolder()
        #expect(folder.fold(text) == Array(folded.utf8), "\(text)")
    }

    @Test("finds exactly what a plain search finds")
    func finding() {
        var generator = SeededGenerator(seed: 11)
        let alphabet: [UInt8] = Array("\"ab:,e tq".utf8)
        for _ in 0..<3000 {
            let haystack = (0..<Int.random(in: 0...40, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let needle = (0..<Int.random(in: 1...4, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let plain = haystack.count >= needle.count
                && (0...(haystack.count - needle.count)).contains { Array(haystack[$0..<$0 + needle.count]) == needle }
            #expect(SearchFolder.contains(haystack, needle) == plain, "\(haystack) \(needle)")
        }
    }
}

@Suite("Journal records: which ids corrections may touch")
struct JournalCorrectionFilterTests {
    @Test("every id an edit or delete names may be touched; most others are not")
    func mayTouch() {
        var corrections = Corrections()
        for n in 0..<300 {
            corrections.add(n % 2 == 0 ? RecordSamples.delete(10_000 + n, of: n) : RecordSamples.edit(10_000 + n, of: n, set: JSONObject()))
        }
        func may(_ n: Int) -> Bool {
            var text = RecordSamples.id(n).rawValue
            return text.withUTF8 { corrections.mayTouch(idBytes: $0) }
        }
        #expect((0..<300).allSatisfy(may))
        #expect((1000..<4000).filter(may).count < 300)
    }
}
