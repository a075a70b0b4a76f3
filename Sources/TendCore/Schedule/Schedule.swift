/// When Tend prompts: the morning check-in, the bedtime appreciation, any
/// number of doorway pauses, and how long a snooze lasts.
public struct Schedule: Hashable, Sendable {
    public var morning: ScheduledPrompt
    public var bedtime: ScheduledPrompt
    /// In config order; each has `.pause(number:label:)` with its 1-based place.
    public var pauses: [ScheduledPrompt]
    /// How long "snooze" puts a prompt off, in minutes (1...720).
    public var snoozeMinutes: Int

    public init(morning: ScheduledPrompt, bedtime: ScheduledPrompt, pauses: [ScheduledPrompt] = [], snoozeMinutes: Int = 10) {
        self.morning = morning
        self.bedtime = bedtime
        self.pauses = pauses
        self.snoozeMinutes = snoozeMinutes
    }

    /// Every prompt: morning, bedtime, then the pauses in config order.
    public var prompts: [ScheduledPrompt] { [morning, bedtime] + pauses }

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
