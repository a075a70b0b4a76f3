/// What a scheduled prompt opens: one of the three rituals.
public enum PromptKind: Hashable, Sendable {
    /// The morning check-in.
    case morning
    /// The bedtime appreciation.
    case bedtime
    /// A doorway-pause reminder; `number` is its 1-based place among the
    /// `[[pause]]` tables of the config, as `tend schedule` lists them.
    case pause(number: Int, label: String)
    /// The weekly look-back (`[review]`, off unless the config turns it on).
    case review

    /// A short name for lists and notifications.
    public var title: String {
        switch self {
        case .morning: "Morning check-in"
        case .bedtime: "Bedtime appreciation"
        case .pause: "Doorway pause"
        case .review: "Weekly look-back"
        }
    }

    /// The pause's 1-based number, or nil for the two rituals.
    public var pauseNumber: Int? {
        if case .pause(let number, _) = self { return number }
        return nil
    }
}
