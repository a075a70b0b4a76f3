/// What comes after a week's focus: one related card to try next. First
/// the next step of the card's progression (`next`, followed further when
/// a step cannot be offered), then the other cards of its group, in library
/// order after it. Never a card marked "not for me", one of "my practices",
/// or one practised in the last four weeks (a focus week, or a check-in
/// marked done). Cards for the user's chosen people come before the rest.
public struct NextPractice: Sendable {
    /// How far back "practised lately" reaches, in days.
    public static let recentDays = 28

    public var library: PracticeLibrary
    public var preferences: PracticePreferences

    public init(library: PracticeLibrary, preferences: PracticePreferences) {
        self.library = library
        self.preferences = preferences
    }

    /// The card to suggest after `card`, or nil when nothing related is left to offer.
    /// - Parameter recent: cards practised lately (see `recentCards(in:today:)`).
    public func suggestion(after card: String, recent: Set<String>) -> Practice? {
        candidates(after: card, recent: recent).first
    }

    /// Every related card that may be offered, best first.
    public func candidates(after card: String, recent: Set<String>) -> [Practice] {
        guard let current = library.practice(withID: card) else { return [] }
        func allowed(_ practice: Practice) -> Bool {
            practice.id != current.id && !preferences.hidden.contains(practice.id) && !preferences.mine.contains(practice.id)
                && !recent.contains(practice.id)
        }
        var steps: [Practice] = []
        var seen: Set<String> = [current.id]
        var step = current.next
        while let id = step, let practice = library.practice(withID: id), seen.insert(practice.id).inserted {
            if allowed(practice) { steps.append(practice) }
            step = practice.next
        }
        let group = library.practices.filter { $0.group == current.group }
        let start = (group.firstIndex { $0.id == current.id } ?? -1) + 1
        let after = Array(group[start...] + group[..<start]).filter { allowed($0) && !steps.contains($0) }
        let forTheirPeople = after.filter(preferences.admitsAudience)
        return steps + forTheirPeople + after.filter { !preferences.admitsAudience(of: $0) }
    }

    /// Cards practised in the `recentDays` up to `today`: the cards of focus
    /// weeks that reach into that time, and of check-ins or focus days marked done.
    public static func recentCards(in records: some Sequence<Record>, today: LocalDay) -> Set<String> {
        let first = today.adding(days: -(recentDays - 1))
        var cards: Set<String> = []
        for record in records {
            switch record.payload {
            case .focus(let focus):
                let end = min(focus.lastDay, focus.stopped ?? focus.lastDay)
                if end >= first, focus.start <= today { cards.insert(focus.card) }
            case .checkIn(let checkIn) where checkIn.practiceDone == true:
                if (first...today).contains(record.localDay) { cards.insert(checkIn.practice) }
            case .focusDay(let day) where day.done:
                if (first...today).contains(day.day) { cards.insert(day.card) }
            default:
                continue
            }
        }
        return cards
    }
}
