/// A correction of an earlier record: the fields in `set` replace the
/// target's (a `null` clears an optional field). The original line stays in
/// the file; readers apply edits in time order.
public struct Edit: Hashable, Sendable {
    public var target: RecordID
    public var set: JSONObject

    public init(target: RecordID, set: JSONObject) {
        self.target = target
        self.set = set
    }

    init(_ f: FieldReader) throws(RecordError) {
        target = try f.recordID(.target)
        let value = f.value(.set)
        guard case .object(let changes)? = value else {
            throw value == nil ? .missingField("set") : .wrongType(field: "set", expected: "an object")
        }
        for key in Record.envelopeKeys where changes[key] != nil {
            throw .invalidValue(field: "set", reason: "cannot change \"\(key)\"")
        }
        set = changes
    }

    var fields: JSONObject {
        var o = JSONObject()
        o.add("target", target.rawValue)
        o.members.append(.init("set", .object(set)))
        return o
    }
}
