/// When Tend prompts: the morning check-in, the bedtime appreciation, any
/// number of doorway pauses and meetings, and how long a snooze lasts.
public struct Schedule: Hashable, Sendable {
    public var morning: ScheduledPrompt
    public var bedtime: ScheduledPrompt
    /// In config order; each has `.pause(number:label:)` with its 1-based place.
    public var pauses: [ScheduledPrompt]
    /// How long "snooze" puts a prompt off, in minutes (1...720).
    public var snoozeMinutes: Int
    /// The `[[meeting]]` tables, in config order.
    public var meetings: [ScheduledMeeting]

    public init(morning: ScheduledPrompt, bedtime: ScheduledPrompt, pauses: [ScheduledPrompt] = [], snoozeMinutes: Int = 10,
                meetings: [ScheduledMeeting] = []) {
        self.morning = morning
        self.bedtime = bedtime
        self.pauses = pauses
        self.snoozeMinutes = snoozeMinutes
        self.meetings = meetings
    }

    /// Every prompt: morning, bedtime, the pauses in config order, then each
    /// meeting's opener and closer.
    public var prompts: [ScheduledPrompt] { [morning, bedtime] + pauses + meetings.flatMap(\.prompts) }

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

    /// The range `snoozeMinutes` must lie in.
    public static let snoozeRange = 1...720
}
