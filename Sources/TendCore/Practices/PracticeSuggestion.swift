/// The practice suggested for a day, and where it sits among the others.
public struct PracticeSuggestion: Hashable, Sendable {
    public var practice: Practice
    /// Which candidate this is: 0 for the day's own pick, 1 for the first
    /// "another suggestion", and so on (it wraps around).
    public var offset: Int
    /// How many cards were in the running; offsets repeat after this many.
    public var candidateCount: Int
    /// False when the preferences left nothing to suggest, so the card
    /// comes from a wider set (say so; see `PromptLibrary.outsidePreferencesNote`).
    public var matchesPreferences: Bool

    public init(practice: Practice, offset: Int, candidateCount: Int, matchesPreferences: Bool) {
        self.practice = practice; self.offset = offset
        self.candidateCount = candidateCount; self.matchesPreferences = matchesPreferences
    }
}
