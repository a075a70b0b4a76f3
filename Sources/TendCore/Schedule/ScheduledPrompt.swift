/// One prompt of the schedule: what it opens, at what local time, on which days.
public struct ScheduledPrompt: Hashable, Sendable {
    public var kind: PromptKind
    /// Local wall-clock time, in whatever time zone the user is in that day.
    public var time: TimeOfDay
    public var days: Weekdays
    /// The local time from which a prompt missed or snoozed is no longer
    /// offered that day: a meeting's opener once the meeting is over. Nil:
    /// offered until the day ends.
    public var offeredUntil: TimeOfDay?

    public init(kind: PromptKind, time: TimeOfDay, days: Weekdays, offeredUntil: TimeOfDay? = nil) {
        self.kind = kind
        self.time = time
        self.days = days
        self.offeredUntil = offeredUntil
    }

    /// The key its firings are recorded under.
    public var id: PromptID {
        switch kind {
        case .morning: .morning
        case .bedtime: .bedtime
        case .review: .review
        case .pause(_, let label): .pause(at: time, label: label)
        case .meeting(_, let label, let part): .meeting(part, at: time, label: label)
        case .repairAgain(_, let repair): .repairAgain(repair)
        }
    }

    /// The pause's or the meeting's label, or nil for the two rituals.
    public var label: String? {
        switch kind {
        case .pause(_, let label), .meeting(_, let label, _): return label
        case .morning, .bedtime, .review, .repairAgain: return nil
        }
    }
}
