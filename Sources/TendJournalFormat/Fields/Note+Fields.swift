import TendCore

extension Note {
    static let table = KindTable({ (text, title, mood, tags, source, starred) throws(RecordError) in
        // A Daylio day may be only a mood and activities; a note with nothing at all is not one.
        guard !text.isEmpty || title?.isEmpty == false || mood != nil || tags?.isEmpty == false else {
            throw .missingField("text")
        }
        return Note(text: text, title: title, mood: mood, tags: tags, source: source, starred: starred)
    }, .textOrNone(.text, \.text), .optionalText(.title, \.title), .optionalRating(.mood, \.mood),
       .optionalText(.tags, \.tags), .optionalText(.source, \.source), .optionalBool(.starred, \.starred))
}

extension Field where Value == String {
    /// Text that may be absent, read as empty; empty text is left out.
    static func textOrNone(_ key: FieldKey, _ path: KeyPath<Root, String> & Sendable) -> Field {
        Field(key: key, get: { $0[keyPath: path] }, read: { (f, key) throws(RecordError) in try f.optionalString(key) ?? "" },
              json: { $0.isEmpty ? nil : .string($0) }, encode: { $1.string($0) }, decode: { $0.string() })
    }
}
