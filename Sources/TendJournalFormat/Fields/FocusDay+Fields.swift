import TendCore

extension FocusDay {
    static func read(_ f: FieldReader) throws(RecordError) -> FocusDay {
        let focus = try f.recordID(.focus)
        let card = try f.nonEmptyString(.card)
        let day = try f.day(.day)
        guard let done = try f.optionalBool(.done) else { throw .missingField("done") }
        return FocusDay(focus: focus, card: card, day: day, done: done)
    }

    var fields: JSONObject {
        var o = JSONObject()
        o.add("focus", focus.rawValue)
        o.add("card", card)
        o.add("day", day.description)
        o.add("done", done)
        return o
    }
}
