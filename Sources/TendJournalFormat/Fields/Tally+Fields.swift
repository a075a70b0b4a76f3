import TendCore

extension Tally {
    static func read(_ f: FieldReader) throws(RecordError) -> Tally {
        try Tally(tone: f.choice(.tone, Tone.self), text: f.string(.text), person: f.optionalString(.person))
    }

    var fields: JSONObject {
        var o = JSONObject()
        o.add("tone", tone.rawValue)
        o.add("text", text)
        o.add("person", person)
        return o
    }
}
