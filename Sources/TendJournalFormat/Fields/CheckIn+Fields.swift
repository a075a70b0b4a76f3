import TendCore

extension CheckIn {
    static func read(_ f: FieldReader) throws(RecordError) -> CheckIn {
        let mood = try f.int(.mood)
        guard (1...5).contains(mood) else { throw .invalidValue(field: "mood", reason: "should be 1 to 5") }
        return try CheckIn(mood: mood, intention: f.choice(.intention, Intention.self), practice: f.string(.practice),
                           person: f.optionalString(.person), note: f.optionalString(.note),
                           practiceDone: f.optionalBool(.practiceDone))
    }

    var fields: JSONObject {
        var o = JSONObject()
        o.add("mood", mood)
        o.add("intention", intention.rawValue)
        o.add("practice", practice)
        o.add("person", person)
        o.add("note", note)
        o.add("practiceDone", practiceDone)
        return o
    }
}
