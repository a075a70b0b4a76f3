/// A value of a content file (practices.toml, prompts.toml) as plain Swift:
/// what the readers of cards and prompts ask of a TOML value, without
/// TOMLKit. The built-in files are turned into these at build time
/// (Plugins/CompileContent), so no TOML is parsed at start; the user's own
/// files are parsed by TOMLKit and turned into them at run time.
public enum ContentValue: Hashable, Sendable {
    case string(String)
    case integer(Int)
    case array([ContentValue])
    case table(ContentTable)
    /// Any other TOML value (a float, a boolean, a date): to the readers,
    /// only ever of the wrong type. Holds its TOML text, for tests.
    case other(String)

    public var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    public var int: Int? {
        if case .integer(let number) = self { return number }
        return nil
    }

    public var array: [ContentValue]? {
        if case .array(let values) = self { return values }
        return nil
    }

    public var table: ContentTable? {
        if case .table(let table) = self { return table }
        return nil
    }
}
