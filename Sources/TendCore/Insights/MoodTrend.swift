/// Mood from the morning check-ins over the last 30 days: a value per day
/// (the average when there were several) and the average per weekday.
public struct MoodTrend: Hashable, Sendable {
    public static let days = 30
    /// The scale of a check-in's mood.
    public static let scale: ClosedRange<Double> = 1...5

    /// The first of the 30 days; the last is today.
    public let firstDay: LocalDay
    private var sums: [Int]
    private var counts: [Int]

    init(today: LocalDay) {
        firstDay = today.adding(days: -(Self.days - 1))
        sums = Array(repeating: 0, count: Self.days)
        counts = Array(repeating: 0, count: Self.days)
    }

    mutating func add(mood: Int, day: Int) {
        let index = day - firstDay.daysSinceEpoch
        guard index >= 0, index < Self.days else { return }
        sums[index] += mood
        counts[index] += 1
    }

    /// Check-ins in the 30 days.
    public var checkInCount: Int { counts.reduce(0, +) }

    /// The mood of each day, oldest first; nil for days without a check-in.
    public var daily: [Double?] {
        zip(sums, counts).map { sum, count in count > 0 ? Double(sum) / Double(count) : nil }
    }

    /// The average of every check-in in the 30 days.
    public var average: Double? {
        let count = checkInCount
        return count > 0 ? Double(sums.reduce(0, +)) / Double(count) : nil
    }

    /// The average per weekday, Monday first (`Weekday.mondayFirst`); nil
    /// for a weekday without a check-in.
    public var weekdayAverages: [Double?] {
        var sum = Array(repeating: 0, count: 7), count = Array(repeating: 0, count: 7)
        for index in 0..<Self.days where counts[index] > 0 {
            let weekday = DayNumbering.mondayFirstIndex(of: firstDay.daysSinceEpoch + index)
            sum[weekday] += sums[index]
            count[weekday] += counts[index]
        }
        return (0..<7).map { count[$0] > 0 ? Double(sum[$0]) / Double(count[$0]) : nil }
    }
}
