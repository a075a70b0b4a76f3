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
}
