import TendCore

/// Which rituals the journal shows as done, as the firings they settle: a
/// check-in settles that day's morning prompt, an appreciation that day's
/// bedtime prompt, a weekly review that day's review prompt. The scheduler offers neither again that local day.
/// Doorway pauses are not settled this way: a pause before breakfast says
/// nothing about the one before the stand-up.
public enum DoneRituals {
    /// The firings settled by `records` (live records: edits and deletes applied).
    public static func firings(in records: some Sequence<Record>) -> Set<Firing> {
        var done: Set<Firing> = []
        for record in records {
            switch record.payload {
            case .checkIn: done.insert(Firing(promptID: .morning, day: record.localDay))
            case .appreciation: done.insert(Firing(promptID: .bedtime, day: record.localDay))
            case .review: done.insert(Firing(promptID: .review, day: record.localDay))
            default: continue
            }
        }
        return done
    }
}
