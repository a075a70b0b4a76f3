import TendCore

/// Where things sit in the text of config.toml (found by `TOMLLines`), and
/// the line arithmetic for careful edits that keep the user's comments and
/// layout. Every edit made with it is checked by parsing the result with
/// TOMLKit before it is written.
struct ConfigLayout {
    typealias Header = TOMLLines.Header
    typealias Entry = TOMLLines.Entry
    typealias Section = TOMLLines.Section

    private let toml: TOMLLines
    var bytes: [UInt8] { toml.bytes }
    var sections: [Section] { toml.sections }

    init(_ text: String) {
        toml = TOMLLines(text)
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
        toml.endOfLine(from: offset)
    }
}

private let newline = UInt8(ascii: "\n")
private let carriageReturn = UInt8(ascii: "\r")
private let space = UInt8(ascii: " ")
private let tab = UInt8(ascii: "\t")
private let hash = UInt8(ascii: "#")
