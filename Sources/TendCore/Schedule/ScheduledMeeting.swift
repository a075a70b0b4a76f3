/// One `[[meeting]]` of the config: a recurring meeting to open (at `time`)
/// and, when `close` is given, to close with the round.
public struct ScheduledMeeting: Hashable, Sendable {
    /// Its 1-based place among the `[[meeting]]` tables, as `tend schedule` lists them.
    public var number: Int
    /// Its name, never empty: "stand-up".
    public var label: String
    /// When it begins, local wall-clock time.
    public var time: TimeOfDay
    /// When it ends, if the user wants the closer prompted; always after `time`.
    public var close: TimeOfDay?
    public var days: Weekdays

    public init(number: Int, label: String, time: TimeOfDay, close: TimeOfDay? = nil, days: Weekdays = .all) {
        self.number = number
        self.label = label
        self.time = time
        self.close = close
        self.days = days
    }

    /// How long a meeting without a close time is taken to last, for its opener.
    public static let assumedMinutes = 30

    /// The opener's prompt, then the closer's when it has a close time. The
    /// opener is offered until the meeting is over (its close, or half an
    /// hour on): "Still time: Open the meeting" at noon would help nobody.
    public var prompts: [ScheduledPrompt] {
        let assumedEnd = min(24 * 60 - 1, time.minutesSinceMidnight + Self.assumedMinutes)
        let end = close ?? TimeOfDay(hour: assumedEnd / 60, minute: assumedEnd % 60)
        let open = ScheduledPrompt(kind: .meeting(number: number, label: label, part: .open), time: time, days: days,
                                   offeredUntil: end)
        guard let close else { return [open] }
        return [open, ScheduledPrompt(kind: .meeting(number: number, label: label, part: .close), time: close, days: days)]
    }

    /// True when another meeting is the same one: same start and label.
    public func isSame(as other: ScheduledMeeting) -> Bool {
        time == other.time && label == other.label
    }
}
