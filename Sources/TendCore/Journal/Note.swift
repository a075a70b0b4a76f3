/// Words kept without a ritual around them: what `tend import` brings from
/// another journal (jrnl, Day One, Daylio, a CSV) when an entry is not an
/// appreciation to someone. Nothing in Tend counts it; browse, log, search
/// and export show it.
public struct Note: Hashable, Sendable {
    /// The words, line breaks kept; empty only when a mood, tags or a title stand in for them.
    public var text: String
    /// The entry's title in the other journal, when it had one of its own.
    public var title: String?
    /// 1 (low) to 5 (bright), on the check-in's scale (Daylio's moods map onto it).
    public var mood: Int?
    /// The other journal's tags or activities, as one line: `work, family`.
    public var tags: String?
    /// Where it came from: `jrnl`, `dayone`, `daylio` or `csv`.
    public var source: String?
    /// Starred (jrnl) or marked favourite (Day One).
    public var starred: Bool?

    public init(text: String, title: String? = nil, mood: Int? = nil, tags: String? = nil, source: String? = nil,
                starred: Bool? = nil) {
        self.text = text
        self.title = title
        self.mood = mood
        self.tags = tags
        self.source = source
        self.starred = starred
    }
}
