import TendCore

/// Which rituals the journal shows as done, as the firings they settle: a
/// check-in settles that day's morning prompt, an appreciation that day's
/// bedtime prompt, a weekly review that day's review prompt. The scheduler offers neither again that local day.
/// Doorway pauses are not settled this way: a pause before breakfast says
/// nothing about the one before the stand-up. Meetings are settled by
/// label (`meetingFirings`), since that needs the schedule.
public enum DoneRituals {
    /// The firings settled by `records` (live records: edits and deletes applied).
    public static func firings(in records: some Sequence<Record>) -> Set<Firing> {
        var done: Set<Firing> = []
        for record in records {
            switch record.payload {
            case .checkIn: done.insert(Firing(promptID: .morning, day: record.localDay))
            // A thank-you that opened a meeting is the meeting's, not tonight's.
            case .appreciation(let a) where a.meeting == nil: done.insert(Firing(promptID: .bedtime, day: record.localDay))
            case .review: done.insert(Firing(promptID: .review, day: record.localDay))
            default: continue
            }
        }
        return done
    }

    /// The meeting prompts settled by `records`: a breath together or a
    /// thank-you with a meeting's label settles that day's opener of every
    /// scheduled meeting with the label; a round settles its closer, and its
    /// opener too (the meeting is over).
    public static func meetingFirings(in records: some Sequence<Record>, schedule: Schedule) -> Set<Firing> {
        guard !schedule.meetings.isEmpty else { return [] }
        var done: Set<Firing> = []
        for record in records {
            let part: MeetingPart, label: String?
            switch record.payload {
            case .meeting(let m): (part, label) = (m.ritual == .breath ? .open : .close, m.label)
            case .appreciation(let a): (part, label) = (.open, a.meeting)
            default: continue
            }
            guard let label else { continue }
            for prompt in schedule.meetings.flatMap(\.prompts) {
                // A round ends the meeting: nor is it offered to open any more.
                // "Stand-up" typed at `--label` is the scheduled "stand-up": names fold as people's do.
                guard case .meeting(_, let name, let promptPart) = prompt.kind, PersonName.matches(name, label),
                      promptPart == part || part == .close else { continue }
                done.insert(Firing(promptID: prompt.id, day: record.localDay))
            }
        }
        return done
    }
}
