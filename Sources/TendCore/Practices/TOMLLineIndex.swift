/// Finds where tables and keys sit in a TOML document, so problems found
/// after parsing can name a line. It only looks at line starts; TOMLKit
/// does the parsing. Headers are found once, up front: every card asks for
/// its span, and the built-in files are read at every start.
///
/// It works on the text's UTF-8 bytes: everything it looks for (line
/// breaks, indentation, `[`, `#`, `=`) is ASCII, and splitting into
/// `Character`s cost some 450 instructions a byte.
struct TOMLLineIndex {
    /// A card's lines: from its header up to (not including) the next header.
    struct Span {
        var start: Int
        var end: Int?
    }

    private let bytes: [UInt8]
    /// Each line's bytes without leading spaces and tabs (up to, not
    /// including, its "\n").
    private let lines: [Range<Int>]
    /// 0-based indices of the header lines, ascending, with their header
    /// text (no spaces, no comment).
    private let headers: [(index: Int, text: String)]

    init(_ text: String) {
        let bytes = Array(text.utf8)
        var lines: [Range<Int>] = []
        var headers: [(index: Int, text: String)] = []
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != ASCII.newline { end += 1 }
            var first = start
            while first < end, bytes[first] == ASCII.space || bytes[first] == ASCII.tab { first += 1 }
            if first < end, bytes[first] == ASCII.openBracket {
                let code = bytes[first..<end].prefix { $0 != ASCII.hash }
                let text = code.filter { $0 != ASCII.space && $0 != ASCII.tab && $0 != ASCII.carriageReturn }
                headers.append((lines.count, String(decoding: text, as: UTF8.self)))
            }
            lines.append(first..<end)
            start = end + 1
        }
        self.bytes = bytes
        self.lines = lines
        self.headers = headers
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
        let spellings = [Array(key.utf8), Array("\"\(key)\"".utf8), Array("'\(key)'".utf8)]
        for index in start..<end where assigns(spellings, line: lines[index]) {
            return index + 1
        }
        return nil
    }

    /// Whether the line starts with one of the key's spellings, then
    /// optional spaces or tabs, then `=`.
    private func assigns(_ spellings: [[UInt8]], line: Range<Int>) -> Bool {
        for spelling in spellings where bytes[line].starts(with: spelling) {
            var next = line.lowerBound + spelling.count
            while next < line.upperBound, bytes[next] == ASCII.space || bytes[next] == ASCII.tab { next += 1 }
            if next < line.upperBound, bytes[next] == ASCII.equals { return true }
        }
        return false
    }

    /// The bytes the index looks for.
    private enum ASCII {
        static let newline = UInt8(ascii: "\n")
        static let carriageReturn = UInt8(ascii: "\r")
        static let space = UInt8(ascii: " ")
        static let tab = UInt8(ascii: "\t")
        static let openBracket = UInt8(ascii: "[")
        static let hash = UInt8(ascii: "#")
        static let equals = UInt8(ascii: "=")
    }
}
