import Testing
@testable import TendCore

/// "My practices": cards kept after a week's focus come back in the daily
/// rotation more often than the rest.
@Suite("Daily practice choice: my practices")
struct PracticeMineTests {
    let library = PracticeLibrary.builtIn

    func counts(_ picks: [String]) -> [String: Int] {
        picks.reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }

    @Test("a kept card comes back every few days, far more often than any other")
    func keptComesBackOften() {
        let mine = "good-morning-by-name"
        let picks = DailyPractice(library: library, preferences: PracticePreferences(mine: [mine])).picks(from: 20_001, days: 365)
        let tally = counts(picks)
        let others = tally.filter { $0.key != mine }.values.max() ?? 0
        #expect((tally[mine] ?? 0) >= 365 / DailyPractice.mineEvery)
        #expect((tally[mine] ?? 0) > 10 * others, "\(tally[mine] ?? 0) against at most \(others)")
        let plain = counts(DailyPractice(library: library, preferences: PracticePreferences()).picks(from: 20_001, days: 365))
        #expect((plain[mine] ?? 0) < (tally[mine] ?? 0))
    }

    @Test("several kept cards take turns, the one used longest ago first")
    func keptTakeTurns() {
        let mine: Set<String> = ["good-morning-by-name", "say-their-name", "one-breath-first"]
        let picks = DailyPractice(library: library, preferences: PracticePreferences(mine: mine)).picks(from: 20_001, days: 90)
        let tally = counts(picks)
        for id in mine { #expect((tally[id] ?? 0) >= 9, "\(id): \(tally[id] ?? 0)") }
        // On the days that lead with one of them, the three go round in turn.
        let keptDays = picks.enumerated().filter { (20_001 + $0.offset) % DailyPractice.mineEvery == 0 }.map(\.element)
        for index in keptDays.indices.dropFirst(2) {
            #expect(Set(keptDays[(index - 2)...index]) == mine, "around \(index)")
        }
    }

    @Test("a kept card marked not for me, or outside the chosen groups, is not brought back")
    func keptButHiddenOrOutside() {
        let hidden = DailyPractice(library: library, preferences: PracticePreferences(hidden: ["say-their-name"], mine: ["say-their-name"]))
            .picks(from: 20_001, days: 120)
        #expect(!hidden.contains("say-their-name"))
        let outside = DailyPractice(library: library, preferences: PracticePreferences(groups: [.atWork], mine: ["say-their-name"]))
            .picks(from: 20_001, days: 120)
        #expect(!outside.contains("say-their-name"))
    }

    @Test("another suggestion on a kept card's day moves on to the rest")
    func anotherSuggestion() {
        let daily = DailyPractice(library: library, preferences: PracticePreferences(mine: ["say-their-name"]))
        let day = 20_001 - 20_001 % DailyPractice.mineEvery + DailyPractice.mineEvery
        #expect(daily.suggestion(forDay: day)?.practice.id == "say-their-name")
        #expect(daily.suggestion(forDay: day, offset: 1)?.practice.id != "say-their-name")
        #expect(daily.suggestion(forDay: day + 1)?.practice.id != "say-their-name")
    }
}
