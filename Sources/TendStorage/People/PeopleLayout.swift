/// Where each `[people."Name"]` table sits in the text of people.toml, by
/// the name TOMLKit reads from it: its lines for messages, and its byte
/// ranges for careful edits. Built on `ConfigLayout`, which keeps comments.
struct PeopleLayout {
    struct Table {
        var name: String
        var section: ConfigLayout.Section
        /// 1-based line of the header.
        var line: Int
    }

    let layout: ConfigLayout
    private(set) var tables: [Table] = []
    /// Start of each line, for turning offsets into line numbers.
    private let lineStarts: [Int]

    init(_ text: String) {
        layout = ConfigLayout(text)
        var starts = [0]
        for (offset, byte) in layout.bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
        lineStarts = starts
        for section in layout.sections {
            guard let header = section.header, !header.isArray, let path = TOMLKeyPath.split(header.name),
                  path.count == 2, path[0] == "people" else { continue }
            tables.append(Table(name: path[1], section: section, line: line(of: header.line.lowerBound)))
        }
    }

    /// The table written for exactly this name (as TOMLKit spells it), if it is a `[people."…"]` header.
    func table(named name: String) -> Table? {
        tables.first { $0.name == name }
    }

    /// The line of `key` inside the person's table, else of the table's header.
    func line(ofKey key: String?, person: String) -> Int? {
        guard let table = table(named: person) else { return nil }
        guard let key, let entry = table.section.entries.last(where: { TOMLKeyPath.split($0.key) == [key] }) else {
            return table.line
        }
        return line(of: entry.lines.lowerBound)
    }

    /// The line of a top-level key or table header, for problems outside `[people]`.
    func line(ofTopLevel key: String) -> Int? {
        for section in layout.sections {
            if let header = section.header {
                if let path = TOMLKeyPath.split(header.name), path.first == key { return line(of: header.line.lowerBound) }
            } else if let entry = section.entries.first(where: { TOMLKeyPath.split($0.key)?.first == key }) {
                return line(of: entry.lines.lowerBound)
            }
        }
        return nil
    }

    /// The 1-based line holding byte `offset`.
    func line(of offset: Int) -> Int {
        var low = 0, high = lineStarts.count
        while low + 1 < high {
            let middle = (low + high) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle }
        }
        return low + 1
    }
}
