import TendCore

extension Edit {
    /// An edit as a line spells it: its change kept in that form, to be
    /// read against its target's kind when applied.
    public init(target: RecordID, set: JSONObject) {
        self.init(target: target, change: .written(WrittenChange(set)))
    }

    /// The change as the line's `set` holds it.
    public var set: JSONObject { change.fields }

    static let table = KindTable(Edit.init(target:set:), .id(.target, \.target), .changes(.set, \.set))
}

extension Field where Value == JSONObject {
    /// The fields an edit changes: an object, never the envelope's. The
    /// cache keeps it as its line of JSON.
    static func changes(_ key: FieldKey, _ path: KeyPath<Root, JSONObject> & Sendable) -> Field {
        Field(key: key, get: { $0[keyPath: path] }, read: { (f, key) throws(RecordError) in
            let value = f.value(key)
            guard case .object(let changes)? = value else {
                throw value == nil ? .missingField(key.name) : .wrongType(field: key.name, expected: "an object")
            }
            for envelope in Record.envelopeKeys where changes[envelope] != nil {
                throw .invalidValue(field: key.name, reason: "cannot change \"\(envelope)\"")
            }
            return changes
        }, json: { .object($0) }, encode: { $1.string(String(decoding: JSONLineWriter.line($0), as: UTF8.self)) },
           decode: { $0.utf8().flatMap { try? JSONLineParser.parseObject($0) } })
    }
}
