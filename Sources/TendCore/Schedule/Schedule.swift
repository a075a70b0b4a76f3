/// When Tend prompts: the morning check-in, the bedtime appreciation, any
/// number of doorway pauses and meetings, and how long a snooze lasts.
public struct Schedule: Hashable, Sendable {
    public var morning: ScheduledPrompt
    public var bedtime: ScheduledPrompt
    /// In config order; each has `.pause(number:label:)` with its 1-based place.
    public var pauses: [ScheduledPrompt]
    /// How long "snooze" puts a prompt off, in minutes (1...720).
    public var snoozeMinutes: Int
    /// The weekly look-back (`[review]`); nil, the default, when it is off.
    public var review: ScheduledPrompt?
    /// The `[[meeting]]` tables, in config order.
    public var meetings: [ScheduledMeeting]

    public init(morning: ScheduledPrompt, bedtime: ScheduledPrompt, pauses: [ScheduledPrompt] = [], snoozeMinutes: Int = 10,
                review: ScheduledPrompt? = nil, meetings: [ScheduledMeeting] = []) {
        self.morning = morning
        self.bedtime = bedtime
        self.pauses = pauses
        self.snoozeMinutes = snoozeMinutes
        self.review = review
        self.meetings = meetings
    }

    /// Every prompt: morning, bedtime, the pauses in config order, the
    /// weekly review if it is on, then each meeting's opener and closer.
    public var prompts: [ScheduledPrompt] {
        [morning, bedtime] + pauses + (review.map { [$0] } ?? []) + meetings.flatMap(\.prompts)
    }

    /// The meetings held on `weekday`, earliest first.
    public func meetings(on weekday: Weekday) -> [ScheduledMeeting] {
        meetings.filter { $0.days.contains(weekday) }.sorted { ($0.time, $0.number) < ($1.time, $1.number) }
    }

    /// The prompt recorded under `id`, if the schedule still has it.
    public func prompt(withID id: PromptID) -> ScheduledPrompt? {
        prompts.first { $0.id == id }
    }

    public func prompt(for ritual: Ritual) -> ScheduledPrompt {
        switch ritual {
        case .morning: morning
        case .bedtime: bedtime
        }
    }

    public mutating func setPrompt(_ prompt: ScheduledPrompt, for ritual: Ritual) {
        switch ritual {
        case .morning: morning = prompt
        case .bedtime: bedtime = prompt
        }
    }

    /// Morning 07:30 and bedtime 21:30 every day, no pauses, a 10-minute snooze.
    public static let defaults = Schedule(
        morning: ScheduledPrompt(kind: .morning, time: TimeOfDay(hour: 7, minute: 30)!, days: .all),
        bedtime: ScheduledPrompt(kind: .bedtime, time: TimeOfDay(hour: 21, minute: 30)!, days: .all)
    )

    /// The weekly look-back as `[review]` gives it when the table says no
    /// more: Sundays at 19:00.
    public static let defaultReview = ScheduledPrompt(kind: .review, time: TimeOfDay(hour: 19, minute: 0)!, days: Weekdays([.sunday]))

    /// The range `snoozeMinutes` must lie in.
    public static let snoozeRange = 1...720
}
