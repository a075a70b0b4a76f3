import TendCore

/// A record that a prompt was offered on a local day. "Exactly once" is this
/// key: a prompt is never offered twice for the same (prompt, day), whatever
/// the clock does.
public struct Firing: Hashable, Codable, Sendable {
    public var promptID: PromptID
    public var day: LocalDay

    public init(promptID: PromptID, day: LocalDay) {
        self.promptID = promptID
        self.day = day
    }
}

extension Firing {
    /// The firing a journal record names; nil if its day is not "YYYY-MM-DD".
    public init?(_ record: PromptFired) {
        guard let day = LocalDay(parsing: record.day) else { return nil }
        self.init(promptID: PromptID(rawValue: record.prompt), day: day)
    }

    /// The journal record for this firing.
    public var record: PromptFired { PromptFired(prompt: promptID.rawValue, day: day.description) }
}
