/// One mark on the five-to-one tally: a positive or a negative moment.
public struct Tally: Hashable, Sendable {
    /// Which side of the ledger.
    public enum Tone: String, CaseIterable, Hashable, Sendable {
        case positive, negative
    }

    public var tone: Tone
    public var text: String
    public var person: String?

    public init(tone: Tone, text: String, person: String? = nil) {
        self.tone = tone
        self.text = text
        self.person = person
    }

    init(_ f: FieldReader) throws(RecordError) {
        tone = try f.choice(.tone, Tone.self)
        text = try f.string(.text)
        person = try f.optionalString(.person)
    }

    var fields: JSONObject {
        var o = JSONObject()
        o.add("tone", tone.rawValue)
        o.add("text", text)
        o.add("person", person)
        return o
    }
}
