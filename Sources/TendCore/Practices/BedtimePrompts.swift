/// The questions that open the bedtime appreciation, one a night, taken in
/// turn so that a prompt comes back only after all the others.
public struct BedtimePrompts: Hashable, Sendable {
    /// One line under the prompt: what a good answer looks like.
    public var guide: String
    public var prompts: [String]

    public init(guide: String, prompts: [String]) {
        self.guide = guide
        self.prompts = prompts
    }

    /// The prompt for a calendar day (see `DayNumber`); "" only if there are none.
    public func prompt(forDay day: Int) -> String {
        guard !prompts.isEmpty else { return "" }
        return prompts[((day % prompts.count) + prompts.count) % prompts.count]
    }
}
