/// One change to the user's practice settings, made from the library or a
/// week's look back: a card marked "not for me" (or not any more), a card
/// made one of "my practices" (or not any more). It lands in config.toml's
/// `[practices]` table, the same lists the user can edit by hand.
public enum PracticeSetting: Hashable, Sendable {
    case hidden(card: String, Bool)
    case mine(card: String, Bool)

    /// The card it is about.
    public var card: String {
        switch self {
        case .hidden(let card, _), .mine(let card, _): return card
        }
    }

    /// `preferences` with the change made.
    public func applied(to preferences: PracticePreferences) -> PracticePreferences {
        var changed = preferences
        switch self {
        case .hidden(let card, let isOn):
            if isOn { changed.hidden.insert(card) } else { changed.hidden.remove(card) }
        case .mine(let card, let isOn):
            if isOn { changed.mine.insert(card) } else { changed.mine.remove(card) }
        }
        return changed
    }
}
