/// Everything config.toml can say, already validated. Whatever the file gets
/// wrong falls back to `TendConfig.defaults` for that part alone.
public struct TendConfig: Hashable, Sendable {
    /// `[morning]`, `[bedtime]`, `[[pause]]` and `snooze_minutes`.
    public var schedule: Schedule
    /// The rest of `[reminders]`.
    public var reminders: ReminderOptions
    /// `[practices]`.
    public var practices: PracticePreferences
    /// `[display]`.
    public var display: DisplayOptions
    /// `[sync]`.
    public var sync: SyncOptions
    /// `[sending]`.
    public var sending: SendingOptions
    /// `[me]`.
    public var me: MeOptions

    public init(
        schedule: Schedule = .defaults,
        reminders: ReminderOptions = ReminderOptions(),
        practices: PracticePreferences = PracticePreferences(),
        display: DisplayOptions = DisplayOptions(),
        sync: SyncOptions = SyncOptions(),
        sending: SendingOptions = SendingOptions(),
        me: MeOptions = MeOptions()
    ) {
        self.schedule = schedule
        self.reminders = reminders
        self.practices = practices
        self.display = display
        self.sync = sync
        self.sending = sending
        self.me = me
    }

    /// Morning 07:30, bedtime 21:30, every day; no pauses; snooze 10 minutes;
    /// all practices; animation on; no syncing.
    public static let defaults = TendConfig()
}
