/// One practice card: a tiny gesture of connection, with how to do it,
/// why it helps, and the question the evening asks about it.
///
/// The JSON form (used by `tend practices --json`) has the keys `id`, `name`,
/// `group`, `how`, `why`, `followUp`, `when`, `where`, `who`, `seconds`,
/// `source` and, when the card leads on to another, `next`.
public struct Practice: Identifiable, Hashable, Sendable, Codable {
    /// Stable, lowercase words joined by hyphens; journal entries and the
    /// `hidden` list refer to cards by it.
    public var id: String
    /// A short title, at most 40 columns.
    public var name: String
    public var group: PracticeGroup
    /// One line: what to do.
    public var how: String
    /// One line: why it helps.
    public var why: String
    /// One line the bedtime follow-up asks about the card ("Did you…?").
    /// Every built-in card has its own; a custom card that leaves
    /// `follow_up` out gets the gentle default from prompts.toml when it is
    /// loaded. Empty only for a card made in code without one; ask
    /// `PromptLibrary.followUp(for:)` for the words to show.
    public var followUp: String
    /// Times of day the card fits.
    public var when: [PracticeTime]
    /// Settings the card fits.
    public var `where`: [PracticePlace]
    /// Who the card is for.
    public var audiences: [Audience]
    /// A rough duration.
    public var seconds: Int
    public var source: PracticeSource
    /// The id of the card that is the next step after this one (a small
    /// progression: a good morning, then a real goodbye), if any. A week's
    /// look back suggests it first.
    public var next: String?

    public init(
        id: String, name: String, group: PracticeGroup, how: String, why: String, followUp: String = "",
        when: [PracticeTime], where: [PracticePlace], audiences: [Audience],
        seconds: Int, source: PracticeSource = .builtIn, next: String? = nil
    ) {
        self.id = id; self.name = name; self.group = group; self.how = how; self.why = why
        self.followUp = followUp
        self.when = when; self.where = `where`; self.audiences = audiences
        self.seconds = seconds; self.source = source; self.next = next
    }

    enum CodingKeys: String, CodingKey {
        case id, name, group, how, why, followUp, when, `where`, seconds, source, next
        case audiences = "who"
    }
}
