/// How many rituals were done on each day of the last weeks, Monday to
/// Sunday, ending with the week that holds today: the calendar heat map.
public struct HeatMap: Hashable, Sendable {
    /// The most weeks kept; a screen shows fewer when it is narrow.
    public static let maxWeeks = 26
    /// Shade characters from none to many, readable without colour.
    public static let shades: [Character] = ["·", "░", "▒", "▓", "█"]
    /// English month abbreviations, January first.
    public static let monthNames = LocalDay.monthAbbreviations

    /// The Monday of the first week shown.
    public let firstDay: LocalDay
    public let today: LocalDay
    /// Rituals per day, from `firstDay`, seven a week (days after today are 0).
    public private(set) var counts: [Int]

    /// An empty map of `weeks` weeks ending with today's week.
    public init(today: LocalDay, weeks: Int = HeatMap.maxWeeks) {
        let weeks = max(1, weeks)
        let monday = DayNumbering.monday(of: today.daysSinceEpoch)
        firstDay = LocalDay(daysSinceEpoch: monday - 7 * (weeks - 1))
        self.today = today
        counts = Array(repeating: 0, count: weeks * 7)
    }

    public var weeks: Int { counts.count / 7 }

    /// Counts one ritual on `day` (days since 1970), if the day is on the map.
    mutating func add(day: Int) {
        let index = day - firstDay.daysSinceEpoch
        guard index >= 0, day <= today.daysSinceEpoch else { return }
        counts[index] += 1
    }

    /// Rituals on `day`; nil for days off the map or after today.
    public func count(on day: LocalDay) -> Int? {
        let index = day.daysSinceEpoch - firstDay.daysSinceEpoch
        guard index >= 0, index < counts.count, day <= today else { return nil }
        return counts[index]
    }

    /// 0 (none) to 4 (four or more).
    public static func level(of count: Int) -> Int { min(max(count, 0), shades.count - 1) }

    /// The last `weeks` weeks of this map (for narrow windows).
    public func suffix(weeks wanted: Int) -> HeatMap {
        let kept = max(1, min(wanted, weeks))
        var map = HeatMap(today: today, weeks: kept)
        map.counts = Array(counts.suffix(kept * 7))
        return map
    }

    /// The day in week column `week` (0 is the oldest) and row `row` (0 is Monday).
    public func day(week: Int, row: Int) -> LocalDay {
        firstDay.adding(days: week * 7 + row)
    }

    /// Days with at least one ritual, up to today.
    public var activeDayCount: Int { counts.reduce(0) { $0 + ($1 > 0 ? 1 : 0) } }

    /// Days shown up to and including today.
    public var dayCount: Int { today.daysSinceEpoch - firstDay.daysSinceEpoch + 1 }

    /// Where a month begins: the week column holding its first day, and the
    /// month (1–12). The first column is labelled with its own month; a
    /// month that has not begun by today is not labelled.
    public var monthStarts: [(week: Int, month: Int)] {
        var starts: [(week: Int, month: Int)] = [(0, firstDay.month)]
        for week in 1..<max(1, weeks) {
            for row in 0..<7 {
                let day = day(week: week, row: row)
                if day.day == 1, day <= today { starts.append((week, day.month)) }
            }
        }
        return starts
    }
}
