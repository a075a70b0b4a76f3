/// One day's meetings, as home, `tend meeting` and the meeting chooser see
/// them: those the schedule holds that day, in time order, then any other
/// meeting held that day (a label given to `tend meeting open` or `close`,
/// or none), each with what was done: opened with a breath or a thank-you,
/// closed with the round.
public struct MeetingDay: Sendable {
    /// One meeting of the day.
    public struct Entry: Sendable {
        /// Its name; nil for a meeting held without one.
        public var label: String?
        /// The `[[meeting]]` it is, when the schedule has it that day.
        public var scheduled: ScheduledMeeting?
        /// Its breaths together, thank-yous and rounds, oldest first.
        public var records: [Record] = []

        public var breaths: [Record] { records.filter { Self.ritual(of: $0) == .breath } }
        public var rounds: [Record] { records.filter { Self.ritual(of: $0) == .round } }
        /// The thank-yous that opened it.
        public var thanks: [Record] {
            records.filter { if case .appreciation = $0.payload { return true } else { return false } }
        }

        public var isOpened: Bool { records.contains { Self.ritual(of: $0) != .round } }
        public var isClosed: Bool { !rounds.isEmpty }

        /// The round's answers of its latest round.
        public var latestRound: Meeting? {
            guard case .meeting(let m)? = rounds.last?.payload else { return nil }
            return m
        }

        /// A meeting record's ritual; nil for a thank-you.
        static func ritual(of record: Record) -> Meeting.Ritual? {
            if case .meeting(let m) = record.payload { return m.ritual }
            return nil
        }
    }

    public let day: LocalDay
    public private(set) var meetings: [Entry] = []

    /// The meetings of `day`, from `schedule` and the live `records` (any
    /// span that holds the day; others are passed over).
    public init(day: LocalDay, schedule: Schedule, records: some Sequence<Record>) {
        self.day = day
        meetings = schedule.meetings(on: day.weekday).map { Entry(label: $0.label, scheduled: $0) }
        for record in records where record.localDay == day {
            let label: String?
            switch record.payload {
            case .meeting(let m): label = m.label
            case .appreciation(let a) where a.meeting != nil: label = a.meeting
            default: continue
            }
            let index = place(for: label, at: record.time.local.hour * 60 + record.time.local.minute)
            meetings[index].records.append(record)
        }
    }

    /// Where a record with `label`, made at `minute` of the day, belongs:
    /// the scheduled meeting of that name that began last before it (or the
    /// first of that name), else a meeting of its own.
    private mutating func place(for label: String?, at minute: Int) -> Int {
        // Labels match ignoring case and accents, as names do: "Stand-up" is the scheduled "stand-up".
        let named = meetings.indices.filter { index in
            switch (meetings[index].label, label) {
            case (nil, nil): return true
            case (let a?, let b?): return PersonName.matches(a, b)
            default: return false
            }
        }
        let scheduled = named.filter { meetings[$0].scheduled != nil }
        if let begun = scheduled.last(where: { (meetings[$0].scheduled?.time.minutesSinceMidnight ?? 0) <= minute + 30 }) {
            return begun
        }
        if let first = named.first { return first }
        meetings.append(Entry(label: label))
        return meetings.count - 1
    }

    public var isEmpty: Bool { meetings.isEmpty }
}
