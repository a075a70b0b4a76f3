import TendCore

extension Reflection {
    static func read(_ f: FieldReader) throws(RecordError) -> Reflection {
        let focus = try f.recordID(.focus)
        let card = try f.nonEmptyString(.card)
        let person = try f.optionalString(.person)
        let felt = try f.int(.felt)
        guard (1...5).contains(felt) else { throw .invalidValue(field: "felt", reason: "should be 1 to 5") }
        return try Reflection(focus: focus, card: card, person: person, felt: felt, response: f.optionalString(.response),
                              noticed: f.optionalString(.noticed), choice: f.choice(.choice, Choice.self))
    }

    var fields: JSONObject {
        var o = JSONObject()
        o.add("focus", focus.rawValue)
        o.add("card", card)
        o.add("person", person)
        o.add("felt", felt)
        o.add("response", response)
        o.add("noticed", noticed)
        o.add("choice", choice.rawValue)
        return o
    }
}
