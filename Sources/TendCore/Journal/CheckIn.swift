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
}
