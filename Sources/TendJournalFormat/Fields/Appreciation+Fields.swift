import TendCore

extension Appreciation {
    static func read(_ f: FieldReader) throws(RecordError) -> Appreciation {
        try Appreciation(person: f.nonEmptyString(.person), text: f.nonEmptyString(.text), sent: f.optionalTime(.sent),
                         via: f.optionalChoice(.via, SentVia.self), meeting: f.optionalString(.meeting))
    }

    var fields: JSONObject {
        var o = JSONObject()
        o.add("person", person)
        o.add("text", text)
        o.add("sent", sent?.iso8601)
        o.add("via", via?.rawValue)
        o.add("meeting", meeting)
        return o
    }
}
