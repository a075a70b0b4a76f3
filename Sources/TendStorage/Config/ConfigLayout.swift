/// Where things sit in the text of config.toml: table headers and the
/// key/value lines under them, as byte offsets. It is only a map for careful
/// line-level edits that keep the user's comments and layout; it does not
/// interpret values (TOMLKit does that), and every edit made with it is
/// checked by parsing the result with TOMLKit before it is written.
struct ConfigLayout {
    /// A `[name]` or `[[name]]` line.
    struct Header {
        var name: String
        var isArray: Bool
        /// The line, from its first byte to just past its newline.
        var line: Range<Int>
    }

    /// A `key = value` at the top level of a section.
    struct Entry {
        var key: String
        var value: Range<Int>
        /// From the first byte of the key's line to just past the newline
        /// that ends the value (a list may span lines).
        var lines: Range<Int>
    }

    /// The key/values under one header (or before the first header).
    struct Section {
        var header: Header?
        var entries: [Entry]

        /// Where the section's own content ends: past its last key line, or
        /// past its header when it has none. Comments and blank lines after
        /// that are left to whatever follows.
        var contentEnd: Int { entries.last?.lines.upperBound ?? header?.line.upperBound ?? 0 }
    }

    let bytes: [UInt8]
    private(set) var sections: [Section] = [Section(header: nil, entries: [])]

    init(_ text: String) {
        bytes = Array(text.utf8)
        scan()
    }

    /// The `[name]` table, if there is exactly one.
    func table(named name: String) -> Section? {
        let matches = sections.filter { $0.header.map { !$0.isArray && $0.name == name } ?? false }
        return matches.count == 1 ? matches[0] : nil
    }

    /// The `[[name]]` tables, in order.
    func arrayTables(named name: String) -> [Section] {
        sections.filter { $0.header.map { $0.isArray && $0.name == name } ?? false }
    }

    /// Where a line starting at or before `offset` starts.
    func lineStart(before offset: Int) -> Int {
        var index = min(offset, bytes.count)
        while index > 0, bytes[index - 1] != newline { index -= 1 }
        return index
    }

    /// Moves `offset` (a line start) up over the comment lines directly above
    /// it, which describe what follows; stops at a blank line or anything else.
    func startOfLeadingComments(above offset: Int) -> Int {
        var start = offset
        while start > 0 {
            let previous = lineStart(before: start - 1)
            let line = bytes[previous..<start].drop { $0 == space || $0 == tab }
            guard line.first == hash else { break }
            start = previous
        }
        return start
    }

    /// True when the line starting at `offset` holds only spaces.
    func isBlankLine(at offset: Int) -> Bool {
        guard offset < bytes.count else { return false }
        var index = offset
        while index < bytes.count, bytes[index] == space || bytes[index] == tab || bytes[index] == carriageReturn { index += 1 }
        return index < bytes.count && bytes[index] == newline
    }

    /// Just past the newline of the line holding `offset`.
    func endOfLine(from offset: Int) -> Int {
        var index = offset
        while index < bytes.count, bytes[index] != newline { index += 1 }
        return min(index + 1, bytes.count)
    }

    // MARK: - Scanning

    private mutating func scan() {
        var index = 0
        while index < bytes.count {
            let lineStart = index
            while index < bytes.count, bytes[index] == space || bytes[index] == tab { index += 1 }
            guard index < bytes.count else { break }
            switch bytes[index] {
            case newline, carriageReturn:
                index += 1
            case hash:
                index = endOfLine(from: index)
            case openBracket:
                index = scanHeader(at: index, lineStart: lineStart)
            default:
                index = scanEntry(at: index, lineStart: lineStart)
            }
        }
    }

    private mutating func scanHeader(at start: Int, lineStart: Int) -> Int {
        let isArray = start + 1 < bytes.count && bytes[start + 1] == openBracket
        var index = start + (isArray ? 2 : 1)
        let nameStart = index
        while index < bytes.count, bytes[index] != closeBracket, bytes[index] != newline {
            index = bytes[index] == quote || bytes[index] == apostrophe ? skipString(at: index) : index + 1
        }
        let name = ConfigLayout.bareName(bytes[nameStart..<min(index, bytes.count)])
        let end = endOfLine(from: index)
        sections.append(Section(header: Header(name: name, isArray: isArray, line: lineStart..<end), entries: []))
        return end
    }

    private mutating func scanEntry(at start: Int, lineStart: Int) -> Int {
        var index = start
        while index < bytes.count, bytes[index] != equals, bytes[index] != newline {
            index = bytes[index] == quote || bytes[index] == apostrophe ? skipString(at: index) : index + 1
        }
        guard index < bytes.count, bytes[index] == equals else { return endOfLine(from: index) }
        let key = ConfigLayout.bareName(bytes[start..<index])
        index += 1
        while index < bytes.count, bytes[index] == space || bytes[index] == tab { index += 1 }
        let valueStart = index
        let valueEnd = skipValue(at: index)
        let end = endOfLine(from: valueEnd)
        sections[sections.count - 1].entries.append(Entry(key: key, value: valueStart..<valueEnd, lines: lineStart..<end))
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
