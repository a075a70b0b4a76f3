/// A scheduled prompt that went off, so neither a restart nor a second
/// process fires it again for the same day.
public struct PromptFired: Hashable, Sendable {
    /// The prompt's id in the schedule ("morning", "bedtime", "standup").
    public var prompt: String
    /// The local day it was for, `2026-11-23`.
    public var day: String

    public init(prompt: String, day: String) {
        self.prompt = prompt
        self.day = day
    }
}
