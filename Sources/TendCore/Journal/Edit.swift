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

    init(fields: JSONObject) throws(RecordError) {
        let f = FieldReader(object: fields)
        target = try f.recordID("target")
        guard case .object(let changes)? = fields["set"] else {
            throw fields["set"] == nil ? .missingField("set") : .wrongType(field: "set", expected: "an object")
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
