import Testing
import TendCore

@Suite("The forgiving streak")
struct ForgivingStreakTests {
    // Monday 23 November 2026.
    let monday = LocalDay(year: 2026, month: 11, day: 23)!

    func days(_ offsets: [Int]) -> Set<LocalDay> { Set(offsets.map { monday.adding(days: $0) }) }

    @Test("no rituals, no streak")
    func empty() { #expect(ForgivingStreak.length(activeDays: [], today: monday) == 0) }

    @Test("consecutive days count, today included")
    func consecutive() { #expect(ForgivingStreak.length(activeDays: days([-2, -1, 0]), today: monday) == 3) }

    @Test("today without a ritual yet does not break yesterday's streak")
    func todayStillOpen() { #expect(ForgivingStreak.length(activeDays: days([-3, -2, -1]), today: monday) == 3) }

    @Test("one missed day in a week is forgiven")
    func oneMiss() {
        // Sunday missed; the Monday-to-Sunday week before forgives it.
        #expect(ForgivingStreak.length(activeDays: days([-4, -3, -2, 0]), today: monday) == 4)
    }

    @Test("two missed days in the same week end the streak")
    func twoMisses() {
        // Thursday active, Friday and Saturday missed, Sunday and Monday active.
        #expect(ForgivingStreak.length(activeDays: days([-4, -1, 0]), today: monday) == 2)
    }

    @Test("one miss in each of two weeks keeps a month-long streak going")
    func missPerWeek() {
        let active = Set((-27...0).filter { $0 != -3 && $0 != -12 }.map { monday.adding(days: $0) })
        #expect(ForgivingStreak.length(activeDays: active, today: monday) == 26)
    }
}
