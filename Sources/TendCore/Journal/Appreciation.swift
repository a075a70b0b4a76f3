/// One specific sentence of thanks about a person.
public struct Appreciation: Hashable, Sendable {
    public var person: String
    public var text: String

    public init(person: String, text: String) {
        self.person = person
        self.text = text
    }

    init(_ f: FieldReader) throws(RecordError) {
        person = try f.nonEmptyString(.person)
        text = try f.nonEmptyString(.text)
    }

    var fields: JSONObject {
        var o = JSONObject()
        o.add("person", person)
        o.add("text", text)
        return o
    }
}
