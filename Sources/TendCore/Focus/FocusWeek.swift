/// One focus as the journal tells it: the record that chose it, its seven
/// local days, the days it happened, and its look back once there is one.
public struct FocusWeek: Hashable, Sendable {
    /// The `focus` record's id, which its days and look back name.
    public var id: RecordID
    /// When it was chosen.
    public var time: LocalTime
    public var focus: Focus
    /// The days (within its week) the practice happened.
    public var doneDays: Set<LocalDay>
    /// Days answered at bedtime, either way.
    public var answeredDays: Set<LocalDay>
    /// The look back on it, once made.
    public var reflection: Reflection?
    /// True once the app has offered the look back (it is offered by itself once).
    public var wasOffered: Bool

    public init(id: RecordID, time: LocalTime, focus: Focus, doneDays: Set<LocalDay> = [], answeredDays: Set<LocalDay> = [],
                reflection: Reflection? = nil, wasOffered: Bool = false) {
        self.id = id
        self.time = time
        self.focus = focus
        self.doneDays = doneDays
        self.answeredDays = answeredDays
        self.reflection = reflection
        self.wasOffered = wasOffered
    }

    public var firstDay: LocalDay { focus.start }
    public var lastDay: LocalDay { focus.lastDay }

    /// 1 on its first day to 7 on its last; 0 or less before it begins, 8 or more after.
    public func dayNumber(on today: LocalDay) -> Int {
        today.daysSinceEpoch - firstDay.daysSinceEpoch + 1
    }

    /// The seven days, first to last.
    public var days: [LocalDay] { (0..<Focus.length).map { firstDay.adding(days: $0) } }

    /// The numbers (1–7) of the days it happened, in order.
    public var doneDayNumbers: [Int] {
        days.indices.filter { doneDays.contains(days[$0]) }.map { $0 + 1 }
    }

    /// Seven marks: done, passed without, or still to come as of `today`.
    public func marks(on today: LocalDay) -> [FocusMark] {
        days.map { day in
            if doneDays.contains(day) { return .done }
            return day < today ? .notDone : .toCome
        }
    }

    /// The record that chose it, as it stands.
    public var record: Record { Record(id: id, time: time, payload: .focus(focus)) }

    /// The prompt id under which the app records that it offered the look back.
    public var offerID: String { Self.offerPrefix + id.rawValue }

    static let offerPrefix = "reflection:"
}
