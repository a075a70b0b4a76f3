import TendCore

extension Note {
    static func read(_ f: FieldReader) throws(RecordError) -> Note {
        let text = try f.optionalString(.text) ?? ""
        let title = try f.optionalString(.title)
        let mood = try f.optionalInt(.mood)
        if let mood, !(1...5).contains(mood) { throw .invalidValue(field: "mood", reason: "should be 1 to 5") }
        let tags = try f.optionalString(.tags)
        let note = try Note(text: text, title: title, mood: mood, tags: tags, source: f.optionalString(.source),
                            starred: f.optionalBool(.starred))
        // A Daylio day may be only a mood and activities; a note with nothing at all is not one.
        guard !text.isEmpty || title?.isEmpty == false || mood != nil || tags?.isEmpty == false else {
            throw .missingField("text")
        }
        return note
    }

    var fields: JSONObject {
        var o = JSONObject()
        o.add("text", text.isEmpty ? nil : text)
        o.add("title", title)
        o.add("mood", mood)
        o.add("tags", tags)
        o.add("source", source)
        o.add("starred", starred)
        return o
    }
}
