import TendCore

/// A record kind's fields, each declared once, in the order a line writes
/// them and the cache keeps them: the table reads a value from a line
/// (refusing it with the first field that is wrong), writes it, and codes
/// it for the cache. `make` is the kind's initializer, given the fields in
/// that order; it may refuse a combination of them.
struct KindTable<Root, each Value>: Sendable {
    private let fields: (repeat Field<Root, each Value>)
    private let make: @Sendable (repeat each Value) throws(RecordError) -> Root

    init(_ make: @escaping @Sendable (repeat each Value) throws(RecordError) -> Root, _ fields: repeat Field<Root, each Value>) {
        self.make = make
        self.fields = (repeat each fields)
    }

    func read(_ f: FieldReader) throws(RecordError) -> Root {
        try make(repeat try (each fields).read(f, (each fields).key))
    }

    /// The fields as a line spells them; absent ones are left out.
    func json(_ value: Root) -> JSONObject {
        var object = JSONObject()
        for field in repeat each fields {
            if let json = field.json(field.get(value)) { object.members.append(.init(field.key.name, json)) }
        }
        return object
    }

    func encode(_ value: Root, to out: inout BinaryWriter) {
        for field in repeat each fields { field.encode(field.get(value), &out) }
    }

    /// nil when the bytes are damaged.
    func decode(_ reader: inout BinaryReader) -> Root? {
        try? make(repeat try Self.take(each fields, from: &reader))
    }

    private static func take<V>(_ field: Field<Root, V>, from reader: inout BinaryReader) throws(RecordError) -> V {
        guard let value = field.decode(&reader) else { throw .invalidValue(field: field.key.name, reason: "is damaged in the cache") }
        return value
    }
}
