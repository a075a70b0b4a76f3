import TendCore

extension Focus {
    static func read(_ f: FieldReader) throws(RecordError) -> Focus {
        try Focus(card: f.nonEmptyString(.card), person: f.optionalString(.person), start: f.day(.start),
                  stopped: f.optionalDay(.stopped))
    }

    var fields: JSONObject {
        var o = JSONObject()
        o.add("card", card)
        o.add("person", person)
        o.add("start", start.description)
        o.add("stopped", stopped?.description)
        return o
    }
}
