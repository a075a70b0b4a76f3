import TendCore

extension Review {
    static func read(_ f: FieldReader) throws(RecordError) -> Review {
        let from = try f.day(.from)
        let to = try f.day(.to)
        guard from <= to else { throw .invalidValue(field: "to", reason: "comes before \"from\"") }
        return try Review(from: from, to: to, wentWell: f.nonEmptyString(.wentWell), talkAbout: f.optionalString(.talkAbout))
    }

    var fields: JSONObject {
        var o = JSONObject()
        o.add("from", from.description)
        o.add("to", to.description)
        o.add("wentWell", wentWell)
        o.add("talkAbout", talkAbout)
        return o
    }
}
