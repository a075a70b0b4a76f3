/// Someone people.toml says how to reach: the name as the file spells it,
/// and the way.
public struct Contact: Hashable, Sendable {
    public var name: String
    public var way: ContactWay

    public init(name: String, way: ContactWay) {
        self.name = name
        self.way = way
    }

    /// True when `name` is this person, ignoring case and accents.
    public func isNamed(_ name: String) -> Bool {
        PersonName.matches(self.name, name)
    }
}
