import TendCore

/// One entry read from another journal, before it becomes a Tend record.
public struct ForeignEntry: Hashable, Sendable {
    /// Where it was in the file, to name it if it cannot be kept.
    public var place: ImportSummary.Rejection.Place
    public var time: LocalTime
    /// A title of its own (jrnl's first sentence, Daylio's note title).
    public var title: String?
    /// The words, line breaks kept.
    public var text: String
    /// Tags or activities as the other journal wrote them (`@ana`, `work`).
    public var tags: [String] = []
    /// On Tend's 1–5 scale.
    public var mood: Int? = nil
    public var starred = false
    /// What names this entry in its journal (Day One's uuid, else its time
    /// and words): the same entry always gets the same Tend id.
    public var identity: String

    public init(place: ImportSummary.Rejection.Place, time: LocalTime, title: String? = nil, text: String,
                tags: [String] = [], mood: Int? = nil, starred: Bool = false, identity: String) {
        self.place = place
        self.time = time
        self.title = title
        self.text = text
        self.tags = tags
        self.mood = mood
        self.starred = starred
        self.identity = identity
    }
}

/// What a reader of another journal's file found: the entries, the ones it
/// could not read (with their place), or why the file as a whole cannot be read.
public struct ForeignParse: Sendable {
    public var entries: [ForeignEntry] = []
    public var rejected: [ImportSummary.Rejection] = []
    /// Set when nothing in the file could be read at all.
    public var failure: String?

    public init() {}

    public init(failure: String) {
        self.failure = failure
    }
}
