import TendCore

extension ScreenContext {
    /// Now, as a local time in the zone the user is in.
    var localNow: LocalTime { LocalTime(now.wall, in: zone) }

    /// The week's focus as it stands now: running, about to begin, or over
    /// and waiting for its look back. It reads only the weeks a focus can
    /// still matter in, since home asks on every frame.
    var focus: FocusNow? {
        let reach = Focus.length + FocusCalendar.lookBackDays + 2
        return FocusTracker.current(in: data.journal.records(from: today.adding(days: -reach)), now: localNow)
    }

    /// True when the look back is due and the app has not yet offered it by
    /// itself (it does so once; after that it waits on home).
    var isReflectionWaiting: Bool {
        guard let focus else { return false }
        return focus.isReflectionDue && !focus.week.wasOffered
    }

    /// Cards practised in the last four weeks, which the look back does not suggest.
    var recentCards: Set<String> {
        NextPractice.recentCards(in: data.journal.records(from: today.adding(days: -(NextPractice.recentDays + Focus.length))),
                                 today: today)
    }

    /// The card's name, with ", for Ana" when the focus is for someone.
    func focusCard(_ focus: FocusNow) -> String {
        let name = data.practices.practice(withID: focus.card)?.name ?? focus.card
        return data.prompts.focus.card(name, for: focus.person)
    }
}
