import TendCore

extension Edit {
    /// An edit as a line spells it: its change kept in that form, to be
    /// read against its target's kind when applied.
    public init(target: RecordID, set: JSONObject) {
        self.init(target: target, change: .written(WrittenChange(set)))
    }

    /// The change as the line's `set` holds it.
    public var set: JSONObject { change.fields }

    static func read(_ f: FieldReader) throws(RecordError) -> Edit {
        let target = try f.recordID(.target)
        let value = f.value(.set)
        guard case .object(let changes)? = value else {
            throw value == nil ? .missingField("set") : .wrongType(field: "set", expected: "an object")
        }
        for key in Record.envelopeKeys where changes[key] != nil {
            throw .invalidValue(field: "set", reason: "cannot change \"\(key)\"")
        }
        return Edit(target: target, set: changes)
    }

    var fields: JSONObject {
        var o = JSONObject()
        o.add("target", target.rawValue)
        o.members.append(.init("set", .object(set)))
        return o
    }
}
