/// One week's balance of good moments to hard ones (Monday to Sunday).
///
/// Good: appreciations, practices that happened, moments noted with `+`.
/// Hard: moments noted with `-`. Repairs are counted beside both: a repair
/// answers a hard moment, it does not cancel it out.
public struct BalanceWeek: Hashable, Sendable {
    public let monday: LocalDay
    /// Good moments, by where they came from.
    public internal(set) var appreciations = 0
    public internal(set) var practicesDone = 0
    /// Moments noted with `+`.
    public internal(set) var notedGood = 0
    public internal(set) var hard = 0
    public internal(set) var repairs = 0

    public init(monday: LocalDay, appreciations: Int = 0, practicesDone: Int = 0, notedGood: Int = 0,
                hard: Int = 0, repairs: Int = 0) {
        self.monday = monday
        self.appreciations = appreciations; self.practicesDone = practicesDone; self.notedGood = notedGood
        self.hard = hard; self.repairs = repairs
    }

    /// Every good moment: appreciations, practices done and `+` notes.
    public var good: Int { appreciations + practicesDone + notedGood }

    public var isEmpty: Bool { good == 0 && hard == 0 && repairs == 0 }

    /// Where the good moments came from, to say beside the number (someone
    /// who noted four `+` and reads "12 good" should see why): "6
    /// appreciations, 2 practices done, 4 noted with +", each part only
    /// when there is one; `short` says "2 practices, 4 with +". Nil when
    /// every good moment was noted with `+`, which needs no explaining.
    public func goodSources(short: Bool = false) -> String? {
        guard appreciations + practicesDone > 0 else { return nil }
        var parts: [String] = []
        if appreciations > 0 { parts.append(Plural.count(appreciations, "appreciation")) }
        if practicesDone > 0 { parts.append(Plural.count(practicesDone, "practice") + (short ? "" : " done")) }
        if notedGood > 0 { parts.append("\(Plural.grouped(notedGood)) \(short ? "with" : "noted with") +") }
        return parts.joined(separator: ", ")
    }

    /// Good moments as a share of all moments; nil when there were none.
    public var goodShare: Double? {
        good + hard == 0 ? nil : Double(good) / Double(good + hard)
    }
}

/// Which side of the balance a record counts on, if any: three kinds of
/// good moment, a hard one, or a repair beside them.
public enum BalanceMoment: Hashable, Sendable {
    case appreciation, practiceDone, notedGood, hard, repair

    /// The side `record` counts on (edits already folded), or nil.
    public init?(_ record: Record) {
        switch record.payload {
        case .appreciation: self = .appreciation
        case .checkIn(let checkIn) where checkIn.practiceDone == true: self = .practiceDone
        case .focusDay(let day) where day.done: self = .practiceDone
        case .tally(let tally): self = tally.tone == .positive ? .notedGood : .hard
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
        case .appreciation: weeks[index].appreciations += 1
        case .practiceDone: weeks[index].practicesDone += 1
        case .notedGood: weeks[index].notedGood += 1
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
