/// Where things sit in a TOML text: table headers, the key/value lines under
/// them, and the line each statement starts on, as byte offsets and 1-based
/// line numbers. It reads structure only, never values (TOMLKit does that):
/// messages use it to name a line, and config edits to change a file in
/// place without losing the user's comments and layout.
///
/// Strings are skipped whole, so a multi-line string or list never shows a
/// header or a key. It works on UTF-8 bytes: everything it looks for is ASCII.
package struct TOMLLines {
    /// A `[name]` or `[[name]]` line.
    package struct Header {
        /// Trimmed, and unquoted when it is one quoted name.
        package var name: String
        package var isArray: Bool
        /// The line, from its first byte to just past its newline.
        package var line: Range<Int>
        package var lineNumber: Int
    }

    /// A `key = value` at the top level of a section.
    package struct Entry {
        /// Trimmed, and unquoted when it is one quoted key.
        package var key: String
        package var value: Range<Int>
        /// From the first byte of the key's line to just past the newline
        /// that ends the value (a list may span lines).
        package var lines: Range<Int>
        package var lineNumber: Int
    }

    /// The key/values under one header (or before the first header).
    package struct Section {
        package var header: Header?
        package var entries: [Entry]

        /// Where the section's own content ends: past its last key line, or
        /// past its header when it has none. Comments and blank lines after
        /// that are left to whatever follows.
        package var contentEnd: Int { entries.last?.lines.upperBound ?? header?.line.upperBound ?? 0 }
    }

    /// A line a statement (header, key, comment) starts on: its number and
    /// its bytes from the first that is not a space or tab to its newline.
    package struct Statement {
        package var number: Int
        package var text: Range<Int>
    }

    package let bytes: [UInt8]
    package private(set) var sections: [Section] = [Section(header: nil, entries: [])]
    package private(set) var statements: [Statement] = []

    package init(_ text: String) {
        bytes = Array(text.utf8)
        scan()
    }

    /// Just past the newline of the line holding `offset`.
    package func endOfLine(from offset: Int) -> Int {
        var index = offset
        while index < bytes.count, bytes[index] != newline { index += 1 }
        return min(index + 1, bytes.count)
    }

    // MARK: - Scanning

    private mutating func scan() {
        var index = 0
        var lineNumber = 1
        var counted = 0
        while index < bytes.count {
            let lineStart = index
            lineNumber += bytes[counted..<lineStart].count { $0 == newline }
            counted = lineStart
            while index < bytes.count, bytes[index] == space || bytes[index] == tab { index += 1 }
            guard index < bytes.count else { break }
            if bytes[index] != newline, bytes[index] != carriageReturn {
                var end = index
                while end < bytes.count, bytes[end] != newline { end += 1 }
                statements.append(Statement(number: lineNumber, text: index..<end))
            }
            switch bytes[index] {
            case newline, carriageReturn:
                index += 1
            case hash:
                index = endOfLine(from: index)
            case openBracket:
                index = scanHeader(at: index, lineStart: lineStart, lineNumber: lineNumber)
            default:
                index = scanEntry(at: index, lineStart: lineStart, lineNumber: lineNumber)
            }
        }
    }

    private mutating func scanHeader(at start: Int, lineStart: Int, lineNumber: Int) -> Int {
        var index = start + 1
        // `[ [name] ]` is taken for `[[name]]`, as the line index always did.
        var second = index
        while second < bytes.count, bytes[second] == space || bytes[second] == tab { second += 1 }
        let isArray = second < bytes.count && bytes[second] == openBracket
        if isArray { index = second + 1 }
        let nameStart = index
        while index < bytes.count, bytes[index] != closeBracket, bytes[index] != newline {
            index = bytes[index] == quote || bytes[index] == apostrophe ? skipString(at: index) : index + 1
        }
        let name = TOMLLines.bareName(bytes[nameStart..<min(index, bytes.count)])
        let end = endOfLine(from: index)
        let header = Header(name: name, isArray: isArray, line: lineStart..<end, lineNumber: lineNumber)
        sections.append(Section(header: header, entries: []))
        return end
    }

    private mutating func scanEntry(at start: Int, lineStart: Int, lineNumber: Int) -> Int {
        var index = start
        while index < bytes.count, bytes[index] != equals, bytes[index] != newline {
            index = bytes[index] == quote || bytes[index] == apostrophe ? skipString(at: index) : index + 1
        }
        guard index < bytes.count, bytes[index] == equals else { return endOfLine(from: index) }
        let key = TOMLLines.bareName(bytes[start..<index])
        index += 1
        while index < bytes.count, bytes[index] == space || bytes[index] == tab { index += 1 }
        let valueStart = index
        let valueEnd = skipValue(at: index)
        let end = endOfLine(from: valueEnd)
        let entry = Entry(key: key, value: valueStart..<valueEnd, lines: lineStart..<end, lineNumber: lineNumber)
        sections[sections.count - 1].entries.append(entry)
        return end
    }

    /// Past the end of the value starting at `start`.
    private func skipValue(at start: Int) -> Int {
        guard start < bytes.count else { return start }
        switch bytes[start] {
        case quote, apostrophe:
            return skipString(at: start)
        case openBracket, openBrace:
            var depth = 0
            var index = start
            while index < bytes.count {
                switch bytes[index] {
                case quote, apostrophe:
                    index = skipString(at: index)
                    continue
                case hash:
                    index = endOfLine(from: index)
                    continue
                case openBracket, openBrace:
                    depth += 1
                case closeBracket, closeBrace:
                    depth -= 1
                    if depth == 0 { return index + 1 }
                default:
                    break
                }
                index += 1
            }
            return index
        default:
            var index = start
            while index < bytes.count, ![space, tab, hash, newline, carriageReturn, comma].contains(bytes[index]) { index += 1 }
            return index
        }
    }

    /// Past the closing quote of the string starting at `start` (basic,
    /// literal, and their multi-line forms).
    private func skipString(at start: Int) -> Int {
        let mark = bytes[start]
        let isTriple = start + 2 < bytes.count && bytes[start + 1] == mark && bytes[start + 2] == mark
        var index = start + (isTriple ? 3 : 1)
        while index < bytes.count {
            let byte = bytes[index]
            if byte == backslash, mark == quote {
                index += 2
                continue
            }
            if !isTriple, byte == newline { return index }
            if byte == mark {
                if !isTriple { return index + 1 }
                if index + 2 < bytes.count, bytes[index + 1] == mark, bytes[index + 2] == mark {
                    // Up to two more quotes may belong to the content: """a"""" is `a"`.
                    var end = index + 3
                    while end < bytes.count, end < index + 5, bytes[end] == mark { end += 1 }
                    return end
                }
            }
            index += 1
        }
        return index
    }

    /// `morning`, ` "morning" `, `'morning'` all name `morning`.
    private static func bareName(_ raw: ArraySlice<UInt8>) -> String {
        var slice = raw
        while let first = slice.first, first == space || first == tab { slice.removeFirst() }
        while let last = slice.last, last == space || last == tab { slice.removeLast() }
        if slice.count >= 2, let first = slice.first, first == slice.last, first == quote || first == apostrophe,
           !slice.dropFirst().dropLast().contains(first), !slice.contains(backslash) {
            slice = slice.dropFirst().dropLast()
        }
        return String(decoding: slice, as: UTF8.self)
    }
}

private let newline = UInt8(ascii: "\n")
private let carriageReturn = UInt8(ascii: "\r")
private let space = UInt8(ascii: " ")
private let tab = UInt8(ascii: "\t")
private let hash = UInt8(ascii: "#")
private let equals = UInt8(ascii: "=")
private let comma = UInt8(ascii: ",")
private let quote = UInt8(ascii: "\"")
private let apostrophe = UInt8(ascii: "'")
private let backslash = UInt8(ascii: "\\")
private let openBracket = UInt8(ascii: "[")
private let closeBracket = UInt8(ascii: "]")
private let openBrace = UInt8(ascii: "{")
private let closeBrace = UInt8(ascii: "}")
