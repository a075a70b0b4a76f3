/// Which records a reader wants: by kind, by person, by words, by local day.
public struct RecordQuery: Hashable, Sendable {
    /// Only these kinds (nil: every content kind).
    public var kinds: Set<RecordKind>?
    /// Words to find in the person and the text, case- and accent-insensitive.
    public var search: String?
    /// Only records about this person (the same person as `PersonName` matches them).
    public var person: String?
    /// First local day included, `2026-11-01`.
    public var sinceDay: String?
    /// Last local day included, `2026-11-30`.
    public var untilDay: String?

    public init(kinds: Set<RecordKind>? = nil, search: String? = nil, person: String? = nil,
                sinceDay: String? = nil, untilDay: String? = nil) {
        self.kinds = kinds
        self.search = search
        self.person = person
        self.sinceDay = sinceDay
        self.untilDay = untilDay
    }

    /// Every record.
    public static let all = RecordQuery()

    /// True when nothing is filtered.
    public var isEmpty: Bool { self == .all }
}
