/// Finds where tables and keys sit in a TOML document, so problems found
/// after parsing can name a line. It only looks at line starts; TOMLKit
/// does the parsing. Headers are found once, up front: every card asks for
/// its span, and the built-in files are read at every start.
struct TOMLLineIndex {
    /// A card's lines: from its header up to (not including) the next header.
    struct Span {
        var start: Int
        var end: Int?
    }

    /// Each line without leading spaces and tabs.
    private let lines: [Substring]
    /// 0-based indices of the header lines, ascending, with their header
    /// text (no spaces, no comment).
    private let headers: [(index: Int, text: String)]

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
