import TOMLKit

extension ContentTable {
    /// The table TOMLKit parsed, as plain values: the same answers to
    /// `string`, `int`, `array` and `table` that TOMLKit's values give.
    public init(_ table: TOMLTable) {
        var entries: [String: ContentValue] = [:]
        for (key, value) in table {
            entries[key] = ContentValue(value)
        }
        self.init(entries)
    }

    /// Parses TOML text; throws TOMLKit's `TOMLParseError` (with its line) for bad syntax.
    public init(parsing text: String) throws {
        self.init(try TOMLTable(string: text))
    }
}

extension ContentValue {
    init(_ value: TOMLValueConvertible) {
        if let text = value.string {
            self = .string(text)
        } else if let number = value.int {
            self = .integer(number)
        } else if let array = value.array {
            self = .array(array.map { ContentValue($0) })
        } else if let table = value.table {
            self = .table(ContentTable(table))
        } else {
            self = .other(value.debugDescription)
        }
    }
}
