/// One specific sentence of thanks about a person, and whether it has been
/// sent to them (an edit sets `sent` and `via` when it leaves).
public struct Appreciation: Hashable, Sendable {
    public var person: String
    public var text: String
    /// When it was sent; nil while it has stayed private.
    public var sent: LocalTime?
    /// How it was sent.
    public var via: SentVia?
    /// The label of the meeting it opened ("stand-up"), when it was written
    /// as a meeting's opener; nil for the bedtime sentence.
    public var meeting: String?

    public init(person: String, text: String, sent: LocalTime? = nil, via: SentVia? = nil, meeting: String? = nil) {
        self.person = person
        self.text = text
        self.sent = sent
        self.via = via
        self.meeting = meeting
    }
}
