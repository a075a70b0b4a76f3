extension Record {
    /// The calendar day the record was written, in its own UTC offset.
    public var localDay: LocalDay {
        LocalDay(daysSinceEpoch: DayNumbering.day(of: time))
    }

    /// The day this record counts toward the streak, if it is a ritual done.
    public var ritualDay: LocalDay? {
        switch payload {
        case .checkIn, .appreciation, .repair, .meeting: return localDay
        case .pause(let p): return p.outcome == .completed ? localDay : nil
        default: return nil
        }
    }
}
