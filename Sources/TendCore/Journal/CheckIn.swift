/// The morning ritual: how the day starts, one intention, one practice to try.
public struct CheckIn: Hashable, Sendable {
    /// 1 (low) to 5 (bright).
    public var mood: Int
    public var intention: Intention
    /// The practice card's id.
    public var practice: String
    /// Who the practice is for, if anyone in particular.
    public var person: String?
    public var note: String?
    /// Set later (by an edit record) when the day shows whether it happened.
    public var practiceDone: Bool?

    public init(mood: Int, intention: Intention, practice: String, person: String? = nil,
                note: String? = nil, practiceDone: Bool? = nil) {
        self.mood = mood
        self.intention = intention
        self.practice = practice
        self.person = person
        self.note = note
        self.practiceDone = practiceDone
    }

    init(_ f: FieldReader) throws(RecordError) {
        mood = try f.int(.mood)
        guard (1...5).contains(mood) else { throw .invalidValue(field: "mood", reason: "should be 1 to 5") }
        intention = try f.choice(.intention, Intention.self)
        practice = try f.string(.practice)
        person = try f.optionalString(.person)
        note = try f.optionalString(.note)
        practiceDone = try f.optionalBool(.practiceDone)
    }

    var fields: JSONObject {
        var o = JSONObject()
        o.add("mood", mood)
        o.add("intention", intention.rawValue)
        o.add("practice", practice)
        o.add("person", person)
        o.add("note", note)
        o.add("practiceDone", practiceDone)
        return o
    }
}
