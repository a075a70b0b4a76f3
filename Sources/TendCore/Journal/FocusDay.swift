/// The bedtime answer about one day of a focus, on a day whose check-in
/// did not take the focus card (that check-in's `practiceDone` answers
/// for it otherwise).
public struct FocusDay: Hashable, Sendable {
    /// The id of the `focus` record.
    public var focus: RecordID
    /// The practice card's id, so the line reads on its own.
    public var card: String
    /// The local day the answer is about.
    public var day: LocalDay
    /// Whether the practice happened that day.
    public var done: Bool

    public init(focus: RecordID, card: String, day: LocalDay, done: Bool) {
        self.focus = focus
        self.card = card
        self.day = day
        self.done = done
    }
}
