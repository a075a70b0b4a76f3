/// The records that choose, stop and renew a week's focus, so the app and
/// `tend focus` write exactly the same lines.
public enum FocusChange {
    /// Makes `card` the focus at `now`: stops the current focus first when it
    /// is still running or about to begin (an ended one is simply left
    /// behind), then the new `focus` record. Empty when that card, for that
    /// person, is the running focus already.
    public static func start(card: String, person: String?, now: LocalTime, current: FocusNow?) -> [Payload] {
        let name = person?.trimmingSpaces
        let person = name?.isEmpty == false ? name : nil
        var payloads: [Payload] = []
        if let current, !current.hasEnded {
            if current.card == card, current.person == person { return [] }
            payloads.append(stop(current, now: now))
        }
        payloads.append(.focus(Focus(card: card, person: person, start: FocusCalendar.firstDay(choosingAt: now))))
        return payloads
    }

    /// The edit that stops `current` today.
    public static func stop(_ current: FocusNow, now: LocalTime) -> Payload {
        let change = FocusRecordChange(stopped: .set(FocusCalendar.today(now)))
        return .edit(Edit(target: current.week.id, change: .focus(change)))
    }

    /// Another seven days of the same card, for the same person, after `week`.
    public static func anotherWeek(after week: FocusWeek, now: LocalTime) -> Payload {
        .focus(Focus(card: week.focus.card, person: week.focus.person,
                     start: FocusCalendar.nextWeek(after: week.focus, choosingAt: now)))
    }

    /// The answer that the practice happened today (or, `done` false, not
    /// after all). When today's check-in took the focus card it answers for
    /// the day, so the answer is an edit of it; taking back a yes also says
    /// no in a `focus-day`, since a yes there counts as well. Otherwise the
    /// answer is a `focus-day`.
    public static func answer(_ current: FocusNow, done: Bool, todaysCheckIn: (record: Record, checkIn: CheckIn)?) -> [Payload] {
        let day = Payload.focusDay(FocusDay(focus: current.week.id, card: current.card, day: current.today, done: done))
        guard let (record, checkIn) = todaysCheckIn, checkIn.practice == current.card else { return [day] }
        let edit = Payload.edit(Edit(target: record.id, change: .checkIn(CheckInChange(practiceDone: .set(done)))))
        return done ? [edit] : [edit, day]
    }
}
