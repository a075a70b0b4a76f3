import TendCore

extension Delete {
    static func read(_ f: FieldReader) throws(RecordError) -> Delete {
        try Delete(target: f.recordID(.target))
    }

    var fields: JSONObject {
        var o = JSONObject()
        o.add("target", target.rawValue)
        return o
    }
}
