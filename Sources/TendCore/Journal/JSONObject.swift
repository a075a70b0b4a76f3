/// A JSON object that keeps its keys in order, so a record is written back
/// exactly as it was read. Records have a handful of keys, so lookups scan.
public struct JSONObject: Hashable, Sendable {
    /// One key and its value.
    public struct Member: Hashable, Sendable {
        public var key: String
        public var value: FieldValue

        public init(_ key: String, _ value: FieldValue) {
            self.key = key
            self.value = value
        }
    }

    public var members: [Member]

    public init(_ members: [Member] = []) {
        self.members = members
    }

    /// The value for `key` (the last one, if a key is repeated).
    public subscript(key: String) -> FieldValue? {
        get { members.last(where: { $0.key == key })?.value }
        set {
            if let index = members.lastIndex(where: { $0.key == key }) {
                if let newValue { members[index].value = newValue } else { members.remove(at: index) }
            } else if let newValue {
                members.append(Member(key, newValue))
            }
        }
    }

    /// Appends `value` under `key` when it is not nil.
    public mutating func add(_ key: String, _ value: String?) {
        if let value { members.append(Member(key, .string(value))) }
    }

    /// Appends `value` under `key` when it is not nil.
    public mutating func add(_ key: String, _ value: Int?) {
        if let value { members.append(Member(key, .int(value))) }
    }

    /// Appends `value` under `key` when it is not nil.
    public mutating func add(_ key: String, _ value: Bool?) {
        if let value { members.append(Member(key, .bool(value))) }
    }
}
