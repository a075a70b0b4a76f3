import Foundation

/// Finds where tables and keys sit in a TOML document, so problems found
/// after parsing can name a line. It only looks at line starts; TOMLKit
/// does the parsing.
struct TOMLLineIndex {
    /// A card's lines: from its header up to (not including) the next header.
    struct Span {
        var start: Int
        var end: Int?
    }

    /// Each line, trimmed, with any comment after a header removed.
    private let lines: [String]

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    /// The 1-based lines of every `[[name]]` header, in order.
    func arrayHeaderLines(named name: String) -> [Int] {
        lines.indices.filter { header(at: $0) == "[[\(name)]]" }.map { $0 + 1 }
    }

    /// The 1-based line of the `[name]` header, if any.
    func tableHeaderLine(named name: String) -> Int? {
        lines.indices.first { header(at: $0) == "[\(name)]" }.map { $0 + 1 }
    }

    /// The span of the table whose header is on `line`.
    func span(startingAt line: Int) -> Span {
        let next = lines.indices.first { $0 >= line && header(at: $0) != nil }
        return Span(start: line, end: next.map { $0 + 1 })
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
            end = firstHeaderIndex
        }
        guard start < end else { return nil }
        for index in start..<end where assigns(key, line: lines[index]) {
            return index + 1
        }
        return nil
    }

    private var firstHeaderIndex: Int {
        lines.indices.first { header(at: $0) != nil } ?? lines.count
    }

    /// The header on line `index` (0-based) without spaces or comment, if it is one.
    private func header(at index: Int) -> String? {
        let line = lines[index]
        guard line.hasPrefix("[") else { return nil }
        let code = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return code.filter { $0 != " " && $0 != "\t" }
    }

    private func assigns(_ key: String, line: String) -> Bool {
        for spelling in [key, "\"\(key)\"", "'\(key)'"] where line.hasPrefix(spelling) {
            if line.dropFirst(spelling.count).drop(while: { $0 == " " || $0 == "\t" }).first == "=" {
                return true
            }
        }
        return false
    }
}
