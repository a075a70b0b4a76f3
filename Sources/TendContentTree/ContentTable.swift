/// A TOML table as plain Swift (see `ContentValue`). Key order is not
/// kept: the readers sort keys wherever order shows.
public struct ContentTable: Hashable, Sendable {
    public var entries: [String: ContentValue]

    public init(_ entries: [String: ContentValue] = [:]) {
        self.entries = entries
    }

    public subscript(key: String) -> ContentValue? { entries[key] }

    public var keys: [String] { Array(entries.keys) }
}
