/// A streak that forgives: days with at least one ritual, counted back from
/// today, where one missed day per week (Monday to Sunday) does not break it.
/// Today does not count against it until it is over.
public enum ForgivingStreak {
    public static func length(activeDays: Set<LocalDay>, today: LocalDay) -> Int {
        var count = 0
        var day = activeDays.contains(today) ? today : today.adding(days: -1)
        var weeksWithMiss = Set<Int>()
        // Stop at the first day before any activity at all.
        guard let earliest = activeDays.min() else { return 0 }
        while day >= earliest {
            if activeDays.contains(day) {
                count += 1
            } else if !weeksWithMiss.insert(weekIndex(of: day)).inserted {
                break
            }
            day = day.adding(days: -1)
        }
        return count
    }

    /// Weeks counted from Monday, 5 January 1970.
    private static func weekIndex(of day: LocalDay) -> Int {
        let days = day.daysSinceEpoch - 4
        return days >= 0 ? days / 7 : (days - 6) / 7
    }
}
