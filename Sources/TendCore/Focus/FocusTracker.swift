/// Finds the week's focus in the journal and how it stands. Pure: it reads
/// live records (edits and deletes applied, oldest first) and the time
/// passed in, so the app, `tend focus` and the tests all agree.
///
/// The rules:
/// - The focus is the latest `focus` record. One that was stopped, or has
///   its look back, is over: there is no focus until another is chosen.
/// - Days are the user's local days: the day of each record in its own UTC
///   offset, and today in the zone the user is in now.
/// - A day counts as done when that day's check-in took the focus card and
///   was marked done, or a `focus-day` answer says so (the latest answer for
///   a day wins; a yes on either counts).
/// - The look back is due from the evening of the seventh day
///   (`FocusCalendar.eveningHour`) until it is made, for up to
///   `FocusCalendar.lookBackDays` after the week.
public enum FocusTracker {
    /// The focus as it stands at `now`, or nil when none is running or waiting.
    public static func current(in records: some Sequence<Record>, now: LocalTime) -> FocusNow? {
        guard let week = latestWeek(in: records) else { return nil }
        guard week.focus.stopped == nil, week.reflection == nil else { return nil }
        let today = FocusCalendar.today(now)
        let day = week.dayNumber(on: today)
        guard day <= Focus.length + FocusCalendar.lookBackDays else { return nil }
        let isDue = day > Focus.length || (day == Focus.length && now.local.hour >= FocusCalendar.eveningHour)
        return FocusNow(week: week, today: today, isReflectionDue: isDue)
    }

    /// The latest focus with its days and look back, whatever its state.
    public static func latestWeek(in records: some Sequence<Record>) -> FocusWeek? {
        var latest: Record?
        for record in records {
            if case .focus = record.payload, latest.map({ Record.chronologically($0, record) }) ?? true { latest = record }
        }
        guard let latest, case .focus(let focus) = latest.payload else { return nil }
        return week(of: latest.id, time: latest.time, focus: focus, in: records)
    }

    /// The focus chosen by record `id`, with what the journal says about it.
    public static func week(of id: RecordID, time: LocalTime, focus: Focus, in records: some Sequence<Record>) -> FocusWeek {
        var week = FocusWeek(id: id, time: time, focus: focus)
        let range = focus.start...focus.lastDay
        var answers: [LocalDay: (time: Record, done: Bool)] = [:]
        for record in records {
            switch record.payload {
            case .checkIn(let checkIn):
                let day = record.localDay
                guard range.contains(day), checkIn.practice == focus.card, let done = checkIn.practiceDone else { continue }
                week.answeredDays.insert(day)
                if done { week.doneDays.insert(day) }
            case .focusDay(let answer) where answer.focus == id && range.contains(answer.day):
                if let earlier = answers[answer.day], Record.chronologically(record, earlier.time) { continue }
                answers[answer.day] = (record, answer.done)
            case .reflection(let reflection) where reflection.focus == id:
                week.reflection = reflection
            case .promptFired(let fired) where fired.prompt == week.offerID:
                week.wasOffered = true
            default:
                continue
            }
        }
        for (day, answer) in answers {
            week.answeredDays.insert(day)
            if answer.done { week.doneDays.insert(day) }
        }
        return week
    }
}
