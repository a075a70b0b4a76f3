/// Finds where tables and keys sit in a TOML document, so problems found
/// after parsing can name a line. `TOMLLines` finds the headers and the
/// lines statements start on, once, up front: every card asks for its span,
/// and the built-in files are read at every start.
struct TOMLLineIndex {
    /// A card's lines: from its header up to (not including) the next header.
    struct Span {
        var start: Int
        var end: Int?
    }

    private let toml: TOMLLines
    /// 1-based lines of the headers, ascending, with their names.
    private let headers: [(lineNumber: Int, name: String, isArray: Bool)]

    init(_ text: String) {
        toml = TOMLLines(text)
        // Without spaces, `[ a . b ]` is asked for as `a.b`.
        headers = toml.sections.compactMap(\.header).map { header in
            (header.lineNumber, String(header.name.filter { $0 != " " && $0 != "\t" }), header.isArray)
        }
    }

    /// The 1-based lines of every `[[name]]` header, in order.
    func arrayHeaderLines(named name: String) -> [Int] {
        headers.filter { $0.isArray && $0.name == name }.map(\.lineNumber)
    }

    /// The 1-based line of the `[name]` header, if any.
    func tableHeaderLine(named name: String) -> Int? {
        headers.first { !$0.isArray && $0.name == name }?.lineNumber
    }

    /// The span of the table whose header is on `line`.
    func span(startingAt line: Int) -> Span {
        // The first header below `line`.
        var low = 0, high = headers.count
        while low < high {
            let middle = (low + high) / 2
            if headers[middle].lineNumber <= line { low = middle + 1 } else { high = middle }
        }
        return Span(start: line, end: low < headers.count ? headers[low].lineNumber : nil)
    }

    /// The 1-based line where `key` is assigned inside `span` (below its
    /// header), or, with no span, before the first table header.
    func line(ofKey key: String, in span: Span?) -> Int? {
        let start = span?.start ?? 0
        let end = span.map { $0.end ?? Int.max } ?? headers.first?.lineNumber ?? Int.max
        let spellings = [Array(key.utf8), Array("\"\(key)\"".utf8), Array("'\(key)'".utf8)]
        return toml.statements.first { $0.number > start && $0.number < end && assigns(spellings, line: $0.text) }?.number
    }

    /// Whether the line starts with one of the key's spellings, then
    /// optional spaces or tabs, then `=`.
    private func assigns(_ spellings: [[UInt8]], line: Range<Int>) -> Bool {
        let bytes = toml.bytes
        for spelling in spellings where bytes[line].starts(with: spelling) {
            var next = line.lowerBound + spelling.count
            while next < line.upperBound, bytes[next] == space || bytes[next] == tab { next += 1 }
            if next < line.upperBound, bytes[next] == equals { return true }
        }
        return false
    }
}

private let space = UInt8(ascii: " ")
private let tab = UInt8(ascii: "\t")
private let equals = UInt8(ascii: "=")
