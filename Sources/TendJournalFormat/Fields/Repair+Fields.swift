import TendCore

extension Repair {
    static func read(_ f: FieldReader) throws(RecordError) -> Repair {
        try Repair(who: f.nonEmptyString(.who), latency: f.choice(.latency, Latency.self), happened: f.optionalString(.happened),
                   myPart: f.optionalString(.myPart), gesture: f.optionalString(.gesture), landed: f.optionalBool(.landed),
                   forThem: f.optionalString(.forThem), meant: f.optionalString(.meant), nextStep: f.optionalString(.nextStep),
                   words: f.optionalString(.words), sent: f.optionalTime(.sent), via: f.optionalChoice(.via, SentVia.self))
    }

    var fields: JSONObject {
        var o = JSONObject()
        o.add("who", who)
        o.add("latency", latency.rawValue)
        o.add("happened", happened)
        o.add("myPart", myPart)
        o.add("gesture", gesture)
        o.add("landed", landed)
        o.add("forThem", forThem)
        o.add("meant", meant)
        o.add("nextStep", nextStep)
        o.add("words", words)
        o.add("sent", sent?.iso8601)
        o.add("via", via?.rawValue)
        return o
    }
}
