import Foundation
import TendCore

/// The pure core of reminders: given the schedule, what already fired, the
/// time zone and now, says what is due and when to look again. It reads no
/// clock and no files; the app's run loop and `tend remind` pass everything in.
///
/// The rules:
/// - A prompt is due once per local day, on the days it is enabled, from its
///   local time onwards. "Once" is keyed by `Firing` (prompt id, local day),
///   so a clock set back, the repeated hour when clocks go back, a restart or
///   a second process never offers it twice, as long as firings are recorded.
/// - A time that does not exist that day (clocks jump from 02:00 to 03:00 and
///   the prompt says 02:30) is due at the first instant after the gap, 03:00.
///   A time that happens twice is due at its first pass, and only once.
/// - Due within `onTimeWindow` of its time counts as on time. Lateness is
///   counted in whole seconds from the first pass of the time, so a look
///   that lands a few milliseconds into the last second of the window (a
///   clock that moved on while the process started) is still on time, and the
///   second pass of a repeated hour is an hour late. Later the same local day
///   (the laptop woke at 23:00, the clock jumped forward) it is offered once
///   as a catch-up, with how late it is. A missed prompt from an earlier day
///   is never offered, except one whose time was within `onTimeWindow` before
///   now (a 23:59 prompt seen at 00:01:00).
/// - A prompt with `offeredUntil` (a meeting's opener) is not offered from
///   that time on, neither as a catch-up nor after a snooze.
/// - A ritual already done that local day (see `DoneRituals`) is not offered,
///   neither on time, as a catch-up nor after a snooze.
/// - Time zones: prompt times are local wall-clock times in whatever zone is
///   passed in, so after a move from Berlin to New York the morning prompt
///   comes at 07:30 New York time. The day a firing is recorded under is the
///   local day in the zone in force when it fired. So a prompt that already
///   fired on the same calendar date in the old zone is not offered again that
///   date in the new one (flying west), and one on a new date is (flying east).
/// - Neither zone changes nor clock jumps can be foreseen, so a caller that
///   sleeps should sleep at most `longestSleep` (see `sleepInterval`).
public struct Scheduler: Hashable, Sendable {
    public var schedule: Schedule
    /// How late a prompt may be and still count as on time.
    public var onTimeWindow: TimeInterval

    /// The longest a caller should sleep before asking again: a minute.
    public static let longestSleep: TimeInterval = 60

    /// How many days ahead `nextWake` looks; a week plus one covers any set of weekdays.
    static let lookAheadDays = 8

    public init(schedule: Schedule, onTimeWindow: TimeInterval = 120) {
        self.schedule = schedule
        self.onTimeWindow = onTimeWindow
    }

    /// What to offer now, earliest first. `fired` should hold at least the
    /// firings of the last two local days; `done` the rituals done on them
    /// (`DoneRituals.firings(in:)`); `snoozes` the snoozes not yet shown.
    public func due(at now: Date, fired: Set<Firing>, done: Set<Firing> = [], snoozes: [Snooze] = [],
                    timeZone: Zone) -> [DuePrompt] {
        let today = LocalDay(containing: now, in: timeZone)
        var result: [DuePrompt] = []
        for day in [today.adding(days: -1), today] {
            for prompt in schedule.prompts where prompt.days.contains(day.weekday) {
                let firing = Firing(promptID: prompt.id, day: day)
                guard !fired.contains(firing), !done.contains(firing),
                      !result.contains(where: { $0.firing == firing }),
                      let first = instants(of: prompt, on: day, in: timeZone).first, first <= now else { continue }
                let late = Self.lateness(of: first, at: now)
                if hasEnded(prompt, on: day, at: now, timeZone: timeZone) { continue }
                if late <= onTimeWindow {
                    result.append(DuePrompt(prompt: prompt, firing: firing, scheduledAt: first, reason: .onTime))
                } else if day == today {
                    result.append(DuePrompt(prompt: prompt, firing: firing, scheduledAt: first, reason: .catchUp(late: late)))
                }
            }
        }
        for snooze in snoozes where snooze.until <= now && !isStale(snooze, at: now, timeZone: timeZone) {
            guard !done.contains(snooze.firing), let prompt = schedule.prompt(withID: snooze.firing.promptID),
                  !hasEnded(prompt, on: snooze.firing.day, at: now, timeZone: timeZone),
                  !result.contains(where: { $0.firing == snooze.firing }) else { continue }
            result.append(DuePrompt(prompt: prompt, firing: snooze.firing, scheduledAt: snooze.until, reason: .snoozed))
        }
        return result.sorted { $0.scheduledAt < $1.scheduledAt }
    }

    /// True once `prompt`'s offer on `day` is over (`offeredUntil` has come):
    /// a prompt waiting to be answered may be dropped then.
    public func hasEnded(_ prompt: ScheduledPrompt, on day: LocalDay, at now: Date, timeZone: Zone) -> Bool {
        guard let until = prompt.offeredUntil else { return false }
        return WallClockReading(day: day, time: until).resolved(in: timeZone) <= now
    }

    /// How long after `time` it is at `now`, in whole seconds: the scheduler
    /// looks at minutes, and a look that starts on a second mark is often
    /// read a few milliseconds later.
    static func lateness(of time: Date, at now: Date) -> TimeInterval {
        now.timeIntervalSince(time).rounded(.down)
    }

    /// The earliest instant after `now` at which something new becomes due,
    /// or nil when the schedule has nothing enabled. Prompts already due are
    /// not counted: offer them (see `due`) and record their firings.
    public func nextWake(after now: Date, fired: Set<Firing>, done: Set<Firing> = [], snoozes: [Snooze] = [],
                         timeZone: Zone) -> Date? {
        let skipped = fired.union(done)
        let prompts = schedule.prompts.compactMap { nextFire(of: $0, after: now, fired: skipped, timeZone: timeZone) }
        let snoozeEnds = snoozes.filter {
            $0.until > now && !done.contains($0.firing) && schedule.prompt(withID: $0.firing.promptID) != nil
        }.map(\.until)
        return (prompts + snoozeEnds).min()
    }

    /// How long a background reminder should sleep: until `nextWake`, but
    /// never more than `longestSleep`, so a zone change or clock jump is
    /// noticed within a minute. Never negative.
    public func sleepInterval(from now: Date, fired: Set<Firing>, done: Set<Firing> = [], snoozes: [Snooze] = [],
                              timeZone: Zone) -> TimeInterval {
        guard let wake = nextWake(after: now, fired: fired, done: done, snoozes: snoozes, timeZone: timeZone) else {
            return Scheduler.longestSleep
        }
        return min(max(0, wake.timeIntervalSince(now)), Scheduler.longestSleep)
    }

    /// The next time `prompt` fires after `now`, skipping days in `fired`.
    /// Nil if it is enabled on no day.
    public func nextFire(of prompt: ScheduledPrompt, after now: Date, fired: Set<Firing> = [], timeZone: Zone) -> Date? {
        let today = LocalDay(containing: now, in: timeZone)
        for offset in 0...Scheduler.lookAheadDays {
            let day = today.adding(days: offset)
            guard prompt.days.contains(day.weekday), !fired.contains(Firing(promptID: prompt.id, day: day)),
                  let first = instants(of: prompt, on: day, in: timeZone).first, first > now else { continue }
            return first
        }
        return nil
    }

    /// Puts `due` off by the schedule's snooze minutes from `instant`.
    public func snooze(_ due: DuePrompt, at instant: Date) -> Snooze {
        Snooze(firing: due.firing, until: instant.addingTimeInterval(TimeInterval(schedule.snoozeMinutes * 60)))
    }

    /// True for a snooze that will never come back: its prompt is gone from
    /// the schedule, or it ran out on an earlier local day than now and more
    /// than `onTimeWindow` ago. Callers may drop these.
    public func isStale(_ snooze: Snooze, at now: Date, timeZone: Zone) -> Bool {
        if schedule.prompt(withID: snooze.firing.promptID) == nil { return true }
        guard snooze.until <= now else { return false }
        let endedOnEarlierDay = LocalDay(containing: snooze.until, in: timeZone) < LocalDay(containing: now, in: timeZone)
        return endedOnEarlierDay && Self.lateness(of: snooze.until, at: now) > onTimeWindow
    }

    /// The instants the prompt's time takes on `day`: one, two in a repeated
    /// hour, or the end of the gap if that time is skipped.
    func instants(of prompt: ScheduledPrompt, on day: LocalDay, in timeZone: Zone) -> [Date] {
        let reading = WallClockReading(day: day, time: prompt.time)
        let passes = reading.occurrences(in: timeZone)
        return passes.isEmpty ? [reading.resolved(in: timeZone)] : passes
    }
}
