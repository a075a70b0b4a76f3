import Testing
@testable import TendCore
import TendResources

/// The line index names lines for messages; it reads UTF-8 bytes, and must
/// find the same lines the `Character` version found.
@Suite("TOML line index")
struct TOMLLineIndexTests {
    @Test("headers, spans and keys are found on the lines they are on")
    func findsLines() {
        let index = TOMLLineIndex("""
            top = 1
            [table]  # a comment
              name = "x"
            "quoted" = 2
            [[card]]
            id = "a"
            [ [card] ]
            'id' = "b"
            """)
        #expect(index.line(ofKey: "top", in: nil) == 1)
        #expect(index.tableHeaderLine(named: "table") == 2)
        #expect(index.line(ofKey: "name", in: index.span(startingAt: 2)) == 3)
        #expect(index.line(ofKey: "quoted", in: index.span(startingAt: 2)) == 4)
        #expect(index.arrayHeaderLines(named: "card") == [5, 7])
        #expect(index.line(ofKey: "id", in: index.span(startingAt: 5)) == 6)
        #expect(index.line(ofKey: "id", in: index.span(startingAt: 7)) == 8)
        #expect(index.line(ofKey: "name", in: index.span(startingAt: 5)) == nil)
    }

    @Test("non-ASCII keys and values keep their lines, and a longer key is not taken for a shorter one")
    func nonASCII() {
        let index = TOMLLineIndex("""
            [groupe]
            titre = "Matin et soir — été"
            "clé" = "é"
            clé_deux = "ü"
            "名前" = "茶"
            [suivant]
            """)
        let span = index.span(startingAt: 1)
        #expect(index.line(ofKey: "titre", in: span) == 2)
        #expect(index.line(ofKey: "clé", in: span) == 3)
        #expect(index.line(ofKey: "clé_deux", in: span) == 4)
        #expect(index.line(ofKey: "名前", in: span) == 5)
        #expect(index.line(ofKey: "cl", in: span) == nil)
        #expect(index.tableHeaderLine(named: "suivant") == 6)
    }

    @Test("CRLF line ends: headers and keys are found on their lines")
    func crlf() {
        let index = TOMLLineIndex("a = 1\r\n[t]\r\nb = 2\r\n[[p]]\r\nid = \"x\"\r\n")
        #expect(index.line(ofKey: "a", in: nil) == 1)
        #expect(index.tableHeaderLine(named: "t") == 2)
        #expect(index.line(ofKey: "b", in: index.span(startingAt: 2)) == 3)
        #expect(index.arrayHeaderLines(named: "p") == [4])
        #expect(index.line(ofKey: "id", in: index.span(startingAt: 4)) == 5)
    }

    @Test("a multi-line string's lines are not taken for headers or keys, and a quoted header is found")
    func multiLineStringsAndQuotedHeaders() {
        let index = TOMLLineIndex("""
            [[practice]]
            how = '''
            [[practice]]
            name = "not a key"
            '''
            name = "real"
            ["quoted"]
            """)
        #expect(index.arrayHeaderLines(named: "practice") == [1])
        #expect(index.line(ofKey: "name", in: index.span(startingAt: 1)) == 6)
        #expect(index.tableHeaderLine(named: "quoted") == 7)
    }

    @Test("the built-in files and the samples give the same lines as the Character-based index did")
    func sameAsCharacterIndex() {
        let samples = [EmbeddedResources.practicesTOML, EmbeddedResources.promptsTOML,
                       "a = 1\n[t]\nb = 2\n", "[[p]]\n  id = 'x'\n\t\"id\" = 2\n[é]\né = 1\n"]
        for text in samples {
            let bytes = TOMLLineIndex(text)
            let characters = CharacterLineIndex(text)
            // Every word before an "=" is asked for, under every header and before the first.
            let keys = Set(text.split(separator: "\n").compactMap { line -> String? in
                guard let equals = line.firstIndex(of: "=") else { return nil }
                return String(line[..<equals]).trimmingSpaces
            }).sorted()
            var names = Set(characters.headers.map(\.text))
            names.insert("[nothing]")
            for header in names.sorted() {
                let isArray = header.hasPrefix("[[")
                let name = String(header.dropFirst(isArray ? 2 : 1).dropLast(isArray ? 2 : 1))
                if isArray {
                    #expect(bytes.arrayHeaderLines(named: name) == characters.arrayHeaderLines(named: name))
                } else {
                    #expect(bytes.tableHeaderLine(named: name) == characters.tableHeaderLine(named: name))
                }
            }
            let starts = [nil] + characters.headers.map { Optional($0.index + 1) }
            for start in starts {
                for key in keys {
                    let new = bytes.line(ofKey: key, in: start.map { bytes.span(startingAt: $0) })
                    let old = characters.line(ofKey: key, in: start.map { characters.span(startingAt: $0) })
                    #expect(new == old, "\(key) under the header on line \(start ?? 0)")
                }
            }
        }
    }
}

/// The index as it was before it read bytes, verbatim (test-only, to compare against).
private struct CharacterLineIndex {
    /// A card's lines: from its header up to (not including) the next header.
    struct Span {
        var start: Int
        var end: Int?
    }

    /// Each line without leading spaces and tabs.
    let lines: [Substring]
    /// 0-based indices of the header lines, ascending, with their header
    /// text (no spaces, no comment).
    let headers: [(index: Int, text: String)]

    init(_ text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.drop { $0 == " " || $0 == "\t" }
        }
        self.lines = lines
        headers = lines.indices.compactMap { index in
            let line = lines[index]
            guard line.first == "[" else { return nil }
            let code = line.prefix { $0 != "#" }
            return (index, String(code.filter { $0 != " " && $0 != "\t" && $0 != "\r" }))
        }
    }

    /// The 1-based lines of every `[[name]]` header, in order.
    func arrayHeaderLines(named name: String) -> [Int] {
        let header = "[[\(name)]]"
        return headers.filter { $0.text == header }.map { $0.index + 1 }
    }

    /// The 1-based line of the `[name]` header, if any.
    func tableHeaderLine(named name: String) -> Int? {
        let header = "[\(name)]"
        return headers.first { $0.text == header }.map { $0.index + 1 }
    }

    /// The span of the table whose header is on `line`.
    func span(startingAt line: Int) -> Span {
        // The first header at or after the 0-based index `line` (the line below the header).
        var low = 0, high = headers.count
        while low < high {
            let middle = (low + high) / 2
            if headers[middle].index < line { low = middle + 1 } else { high = middle }
        }
        return Span(start: line, end: low < headers.count ? headers[low].index + 1 : nil)
    }

    /// The 1-based line where `key` is assigned inside `span`, or, with no
    /// span, before the first table header.
    func line(ofKey key: String, in span: Span?) -> Int? {
        // Header lines are 1-based, so a span's start is the 0-based index
        // of the line after its header, and its end the index of the next.
        let start: Int
        let end: Int
        if let span {
            start = span.start
            end = span.end.map { $0 - 1 } ?? lines.count
        } else {
            start = 0
            end = headers.first?.index ?? lines.count
        }
        guard start < end else { return nil }
        for index in start..<end where assigns(key, line: lines[index]) {
            return index + 1
        }
        return nil
    }

    private func assigns(_ key: String, line: Substring) -> Bool {
        for spelling in [key, "\"\(key)\"", "'\(key)'"] where line.hasPrefix(spelling) {
            if line.dropFirst(spelling.count).drop(while: { $0 == " " || $0 == "\t" }).first == "=" {
                return true
            }
        }
        return false
    }
}
