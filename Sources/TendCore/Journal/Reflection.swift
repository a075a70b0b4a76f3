/// The look back at the end of a focus week: how it felt, how the other
/// person responded, what the user noticed, and what they chose to do next.
public struct Reflection: Hashable, Sendable {
    /// What becomes of the practice after its week.
    public enum Choice: String, CaseIterable, Hashable, Sendable {
        /// Another seven days of the same focus (a new `focus` record follows).
        case anotherWeek = "another-week"
        /// One of "my practices": it comes back more often in the daily rotation.
        case keep
        /// Nothing more; the daily rotation goes on as before.
        case letGo = "let-go"
    }

    /// The id of the `focus` record it looks back on.
    public var focus: RecordID
    /// The practice card's id.
    public var card: String
    public var person: String?
    /// How it felt, 1 (hard work) to 5 (natural).
    public var felt: Int
    /// How the other person responded, in the user's words.
    public var response: String?
    /// What the user noticed.
    public var noticed: String?
    public var choice: Choice

    public init(focus: RecordID, card: String, person: String? = nil, felt: Int, response: String? = nil,
                noticed: String? = nil, choice: Choice) {
        self.focus = focus
        self.card = card
        self.person = person
        self.felt = felt
        self.response = response
        self.noticed = noticed
        self.choice = choice
    }

    init(_ f: FieldReader) throws(RecordError) {
        focus = try f.recordID(.focus)
        card = try f.nonEmptyString(.card)
        person = try f.optionalString(.person)
        felt = try f.int(.felt)
        guard (1...5).contains(felt) else { throw .invalidValue(field: "felt", reason: "should be 1 to 5") }
        response = try f.optionalString(.response)
        noticed = try f.optionalString(.noticed)
        choice = try f.choice(.choice, Choice.self)
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
