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
}
