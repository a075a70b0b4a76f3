/// One week's balance of good moments to hard ones (Monday to Sunday).
///
/// Good: appreciations, practices that happened, moments noted with `+`.
/// Hard: moments noted with `-`. Repairs are counted beside both: a repair
/// answers a hard moment, it does not cancel it out.
public struct BalanceWeek: Hashable, Sendable {
    public let monday: LocalDay
    public internal(set) var good = 0
    public internal(set) var hard = 0
    public internal(set) var repairs = 0

    public init(monday: LocalDay, good: Int = 0, hard: Int = 0, repairs: Int = 0) {
        self.monday = monday; self.good = good; self.hard = hard; self.repairs = repairs
    }

    public var isEmpty: Bool { good == 0 && hard == 0 && repairs == 0 }

    /// Good moments as a share of all moments; nil when there were none.
    public var goodShare: Double? {
        good + hard == 0 ? nil : Double(good) / Double(good + hard)
    }
}

/// Which side of the balance a record counts on, if any.
public enum BalanceMoment: Hashable, Sendable {
    case good, hard, repair

    /// The side `record` counts on (edits already folded), or nil.
    public init?(_ record: Record) {
        switch record.payload {
        case .appreciation: self = .good
        case .checkIn(let checkIn) where checkIn.practiceDone == true: self = .good
        case .tally(let tally): self = tally.tone == .positive ? .good : .hard
        case .repair: self = .repair
        default: return nil
        }
    }
}

/// The balance over the last weeks, and how soon repairs came.
///
/// Each record counts on its own calendar day, in the UTC offset it was
/// written with, so a week that crosses a daylight-saving change holds
/// exactly its seven days.
public struct BalanceStats: Hashable, Sendable {
    /// Weeks shown, this one included.
    public static let weekCount = 12

    public let today: LocalDay
    /// Oldest first; the last is this week.
    public private(set) var weeks: [BalanceWeek]
    /// Repairs of any time, counted by how soon they came.
    public private(set) var latencies: [Repair.Latency: Int] = [:]

    public init(today: LocalDay) {
        self.today = today
        let thisMonday = DayNumbering.monday(of: today.daysSinceEpoch)
        weeks = (0..<Self.weekCount).reversed().map { back in
            BalanceWeek(monday: LocalDay(daysSinceEpoch: thisMonday - 7 * back))
        }
    }

    /// The balance of `records` (live records, any order) as seen on `today`.
    public init(records: [Record], today: LocalDay) {
        self.init(today: today)
        for record in records { add(record, day: DayNumbering.day(of: record.time)) }
    }

    /// Counts one record written on `day` (days since 1970 on its own clock).
    mutating func add(_ record: Record, day: Int) {
        guard let moment = BalanceMoment(record) else { return }
        if case .repair(let repair) = record.payload { latencies[repair.latency, default: 0] += 1 }
        let first = weeks[0].monday.daysSinceEpoch
        guard day >= first, day <= today.daysSinceEpoch else { return }
        let index = (day - first) / 7
        switch moment {
        case .good: weeks[index].good += 1
        case .hard: weeks[index].hard += 1
        case .repair: weeks[index].repairs += 1
        }
    }

    public var thisWeek: BalanceWeek { weeks[weeks.count - 1] }

    public var repairCount: Int { latencies.values.reduce(0, +) }

    /// The median repair's latency (the sooner one of two middles): how
    /// soon repairs usually come. Nil when there are none.
    public var typicalLatency: Repair.Latency? {
        let middle = (repairCount - 1) / 2
        var seen = 0
        for latency in Repair.Latency.allCases {
            seen += latencies[latency] ?? 0
            if seen > middle { return latency }
        }
        return nil
    }
}
