import Foundation
import Testing
import TendCore
import TendTestSupport

/// The one-pass wrap against the plain definition, on random text.
@Suite("Wrapping text in one pass")
struct OnePassWrapTests {
    /// The definition, kept obviously right rather than fast (it measures a
    /// long word again for every line it cuts from it).
    static func reference(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false) {
            var line = "", lineWidth = 0
            for word in paragraph.split(separator: " ") {
                var rest = Substring(word), restWidth = rest.displayWidth
                if lineWidth > 0, lineWidth + 1 + restWidth <= width { line += " " + rest; lineWidth += 1 + restWidth; continue }
                if lineWidth > 0 { lines.append(line); line = ""; lineWidth = 0 }
                while restWidth > width {
                    var piece = "", pieceWidth = 0
                    while let c = rest.first, pieceWidth + DisplayWidth.of(c) <= width {
                        piece.append(c); pieceWidth += DisplayWidth.of(c); rest.removeFirst()
                    }
                    if piece.isEmpty { rest.removeFirst(); restWidth = rest.displayWidth; continue }
                    lines.append(piece)
                    restWidth = rest.displayWidth
                }
                line = String(rest); lineWidth = restWidth
            }
            lines.append(line)
        }
        return lines
    }

    static let pieces = ["a", "bc", "defghij", "klmnopqrstuvwxyz0123", " ", " ", "  ", "\n", "\r\n", "日本語", "é",
                         "e\u{301}", "👩‍💻", "🇩🇪", "👍🏽", "你好世界和平", "Zoë", "-", "…"]

    static func randomText(_ generator: inout SeededGenerator) -> String {
        (0..<Int.random(in: 0...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    @Test("matches the plain definition on 3,000 random texts at widths 2 to 12")
    func matchesReference() {
        var generator = SeededGenerator(seed: 18)
        for _ in 0..<3000 {
            let text = Self.randomText(&generator)
            let width = Int.random(in: 2...12, using: &generator)
            #expect(text.wrapped(toWidth: width) == Self.reference(text, width: width), "\(text.debugDescription) at \(width)")
        }
    }

    @Test("a limit gives the first lines of the whole wrap, no more")
    func limit() {
        var generator = SeededGenerator(seed: 16)
        for _ in 0..<1000 {
            let text = Self.randomText(&generator)
            let width = Int.random(in: 1...12, using: &generator), limit = Int.random(in: 0...6, using: &generator)
            #expect(text.wrapped(toWidth: width, limit: limit) == Array(text.wrapped(toWidth: width).prefix(limit)),
                    "\(text.debugDescription) at \(width), \(limit) lines")
        }
    }

    @Test("a megabyte with no space wraps into full lines and a short last one")
    func megabyteWord() {
        let lines = String(repeating: "abcdefghij", count: 100_000).wrapped(toWidth: 76)
        #expect(lines.count == 13_158)
        #expect(lines.dropLast().allSatisfy { $0.utf8.count == 76 })
        #expect(lines.last?.utf8.count == 1_000_000 % 76)
    }

    @Test("in one column, a character two columns wide is left out, and no empty line is left for it")
    func oneColumn() {
        #expect("a日b".wrapped(toWidth: 1) == ["a", "b"])
        #expect("bc👍🏽".wrapped(toWidth: 1) == ["b", "c"])
    }

    @Test("CRLF line ends break lines like LF")
    func crlf() { #expect("one\r\ntwo".wrapped(toWidth: 10) == ["one", "two"]) }
}
