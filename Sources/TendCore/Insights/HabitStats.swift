/// How the practice is going, computed in one pass over the journal: the
/// heat map of rituals per day, the mood of the last 30 days, practices,
/// people, appreciations this week and last, the forgiving streak, this
/// week's pauses and the balance of good moments to hard ones.
///
/// Every record counts on its own calendar day, in the UTC offset it was
/// written with, so a week that crosses a daylight-saving change, or a
/// journal kept in two time zones, still counts each day once. Weeks run
/// Monday to Sunday.
public struct HabitStats: Hashable, Sendable {
    public let today: LocalDay
    /// Rituals per day over the last 26 weeks: check-ins, completed pauses,
    /// appreciations, repairs and meeting rituals (what the streak counts).
    public private(set) var heatMap: HeatMap
    public private(set) var mood: MoodTrend
    /// Practices of the last 30 days.
    public private(set) var practices = PracticeStats()
    public private(set) var people: PeopleStats
    public private(set) var appreciationsThisWeek = 0
    public private(set) var appreciationsLastWeek = 0
    /// This week's appreciations that were sent to their person.
    public private(set) var sentThisWeek = 0
    /// Every appreciation ever sent.
    public private(set) var sentCount = 0
    /// Pauses of this week.
    public private(set) var pauses = PauseStats()
    /// Meetings opened and closed this week.
    public private(set) var meetings = MeetingStats()
    /// Good moments beside hard ones, week by week, and how soon repairs came.
    public private(set) var balance: BalanceStats
    /// The forgiving streak: days in a row with a ritual, one miss a week forgiven.
    public let streak: Int
    /// Live records read (edits and deletes already folded).
    public private(set) var recordCount = 0

    /// The stats of `records` (live records, in any order) as seen on `today`.
    /// Takes an array, not any sequence: a generic loop called from another
    /// module is not specialised and was several times slower.
    public init(records: [Record], today: LocalDay) {
        self.today = today
        heatMap = HeatMap(today: today)
        mood = MoodTrend(today: today)
        people = PeopleStats(today: today)
        balance = BalanceStats(today: today)
        let todayNumber = today.daysSinceEpoch
        let thisMonday = DayNumbering.monday(of: todayNumber)
        let practiceStart = todayNumber - (PracticeStats.days - 1)
        var activeDays = Set<Int>()
        for record in records {
            let day = DayNumbering.day(of: record.time)
            recordCount += 1
            balance.add(record, day: day)
            var isRitual = true
            switch record.payload {
            case .checkIn(let checkIn):
                mood.add(mood: checkIn.mood, day: day)
                if day >= practiceStart, day <= todayNumber { practices.add(checkIn) }
            case .pause(let pause):
                isRitual = pause.outcome == .completed
                if day >= thisMonday, day <= todayNumber { pauses.add(pause) }
            case .appreciation(let appreciation):
                people.add(appreciation, day: day, seconds: record.time.secondsSince1970)
                if appreciation.meeting != nil {
                    meetings.addAppreciation(label: appreciation.meeting, day: day, isThisWeek: day >= thisMonday && day <= todayNumber)
                }
                if appreciation.sent != nil { sentCount += 1 }
                if day >= thisMonday, day <= todayNumber {
                    appreciationsThisWeek += 1
                    if appreciation.sent != nil { sentThisWeek += 1 }
                } else if day >= thisMonday - 7, day < thisMonday {
                    appreciationsLastWeek += 1
                }
            case .repair:
                break
            case .meeting(let meeting):
                let isThisWeek = day >= thisMonday && day <= todayNumber
                switch meeting.ritual {
                case .breath: meetings.addBreath(label: meeting.label, day: day, isThisWeek: isThisWeek)
                case .round: meetings.addRound(label: meeting.label, day: day, isThisWeek: isThisWeek)
                }
            case .promptFired, .tally, .letterRead, .letterHidden, .focus, .focusDay, .reflection, .review, .note, .edit, .delete:
                isRitual = false
            }
            if isRitual {
                heatMap.add(day: day)
                activeDays.insert(day)
            }
        }
        streak = ForgivingStreak.length(activeDays: Set(activeDays.map(LocalDay.init(daysSinceEpoch:))), today: today)
    }
}
