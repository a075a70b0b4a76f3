import TendCore

extension Meeting {
    static func read(_ f: FieldReader) throws(RecordError) -> Meeting {
        try Meeting(ritual: f.choice(.ritual, Ritual.self), label: f.optionalString(.label), useful: f.optionalString(.useful),
                    confusing: f.optionalString(.confusing), energising: f.optionalString(.energising))
    }

    var fields: JSONObject {
        var o = JSONObject()
        o.add("ritual", ritual.rawValue)
        o.add("label", label)
        o.add("useful", useful)
        o.add("confusing", confusing)
        o.add("energising", energising)
        return o
    }
}
