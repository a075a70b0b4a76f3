import Testing
import Foundation
@testable import TendCore
@testable import TendJournalFormat

/// Today's practice: stable within a day, varied across days, never a
/// repeat within two weeks, and within the user's preferences.
@Suite("Daily practice choice")
struct PracticeDailyChoiceTests {
    let library = PracticeLibrary.builtIn

    @Test("the same day gives the same card, even from a fresh chooser")
    func sameDaySameCard() {
        let day = DayNumber.from(year: 2025, month: 3, day: 14)
        let recent = ["six-second-kiss", "lend-a-hand"]
        let first = DailyPractice(library: library, preferences: .init()).suggestion(forDay: day, recent: recent)
        let again = DailyPractice(library: .load(), preferences: .init()).suggestion(forDay: day, recent: recent)
        #expect(first != nil)
        #expect(first?.practice.id == again?.practice.id)
    }

    @Test("no card repeats within fourteen days over a long run")
    func noRepeatWithinTwoWeeks() {
        let picks = DailyPractice(library: library, preferences: .init()).picks(from: 20_000, days: 730)
        #expect(picks.count == 730)
        for end in 0..<picks.count {
            let window = picks[max(0, end - DailyPractice.repeatWindowDays)...end]
            #expect(Set(window).count == window.count, "repeat around day \(end)")
        }
    }

    @Test("without any history, a whole cycle of days shows every card once")
    func variesWithoutHistory() {
        let daily = DailyPractice(library: library, preferences: .init())
        let count = library.practices.count
        let start = count * 400
        let picks = (start..<(start + count)).compactMap { daily.suggestion(forDay: $0)?.practice.id }
        #expect(Set(picks).count == count)
    }

    @Test("over a long run every card gets its turn")
    func everyCardComesUp() {
        let picks = DailyPractice(library: library, preferences: .init()).picks(from: 0, days: 365)
        #expect(Set(picks) == Set(library.practices.map(\.id)))
    }

    @Test("only cards from the chosen groups are suggested")
    func respectsGroups() {
        let preferences = PracticePreferences(groups: [.capitalization, .onScreens])
        let daily = DailyPractice(library: library, preferences: preferences)
        let picks = daily.picks(from: 100, days: 60).compactMap { library.practice(withID: $0) }
        #expect(picks.count == 60)
        let allInGroups = picks.allSatisfy { [.capitalization, .onScreens].contains($0.group) }
        #expect(allInGroups)
        #expect(daily.suggestion(forDay: 100)?.matchesPreferences == true)
    }

    @Test("only cards for the chosen people are suggested")
    func respectsAudiences() {
        let daily = DailyPractice(library: library, preferences: PracticePreferences(audiences: [.stranger]))
        let picks = daily.picks(from: 100, days: 60).compactMap { library.practice(withID: $0) }
        #expect(picks.count == 60)
        let allForStrangers = picks.allSatisfy { $0.audiences.contains(.stranger) }
        #expect(allForStrangers)
    }

    @Test("a hidden card is never suggested")
    func respectsHidden() {
        let hidden: Set<String> = ["six-second-kiss", "the-passing-nod", "tell-me-everything"]
        let daily = DailyPractice(library: library, preferences: PracticePreferences(hidden: hidden))
        let picks = daily.picks(from: 0, days: 400)
        #expect(hidden.isDisjoint(with: picks))
    }

    @Test("with fewer cards than days, the least recently used card comes back first")
    func smallSetReusesOldest() {
        let daily = DailyPractice(library: library, preferences: PracticePreferences(groups: [.capitalization]))
        let ids = library.practices(in: .capitalization).map(\.id)
        let picks = daily.picks(from: 0, days: ids.count * 3)
        // Each stretch of as many days as there are cards shows every card.
        for start in stride(from: 0, to: picks.count - ids.count + 1, by: 1) {
            #expect(Set(picks[start..<(start + ids.count)]).count == ids.count)
        }
    }

    @Test("preferences that exclude every card still give a card, flagged as outside them")
    func excludedEverythingStillAnswers() throws {
        let preferences = PracticePreferences(groups: [.atWork], audiences: [.stranger])
        let suggestion = try #require(DailyPractice(library: library, preferences: preferences).suggestion(forDay: 5))
        #expect(suggestion.matchesPreferences == false)
        #expect(suggestion.practice.group == .atWork)
    }

    @Test("hiding every card still gives a card rather than nothing")
    func everythingHiddenStillAnswers() {
        let all = Set(library.practices.map(\.id))
        let suggestion = DailyPractice(library: library, preferences: PracticePreferences(hidden: all)).suggestion(forDay: 5)
        #expect(suggestion != nil)
        #expect(suggestion?.matchesPreferences == false)
    }

    @Test("an empty library gives no suggestion")
    func emptyLibrary() {
        let daily = DailyPractice(library: PracticeLibrary(practices: []), preferences: .init())
        #expect(daily.suggestion(forDay: 1) == nil)
    }

    @Test("another suggestion gives a different card, avoids recent ones, and wraps around")
    func offsetsStepThroughCandidates() throws {
        let daily = DailyPractice(library: library, preferences: .init())
        let recent = ["six-second-kiss", "lend-a-hand", "a-real-smile"]
        let first = try #require(daily.suggestion(forDay: 42, recent: recent, offset: 0))
        let second = try #require(daily.suggestion(forDay: 42, recent: recent, offset: 1))
        #expect(first.practice.id != second.practice.id)
        let fresh = (0..<(first.candidateCount - recent.count)).compactMap {
            daily.suggestion(forDay: 42, recent: recent, offset: $0)?.practice.id
        }
        #expect(Set(fresh).isDisjoint(with: recent))
        #expect(Set(fresh).count == fresh.count)
        let wrapped = daily.suggestion(forDay: 42, recent: recent, offset: first.candidateCount)
        #expect(wrapped?.practice.id == first.practice.id)
    }

    @Test("day numbers follow the calendar date, whatever the time of day")
    func dayNumbersFollowDates() throws {
        #expect(DayNumber.from(year: 1970, month: 1, day: 1) == 0)
        #expect(DayNumber.from(year: 2000, month: 3, day: 1) - DayNumber.from(year: 2000, month: 2, day: 28) == 2)
        let auckland = try #require(Zone(identifier: "Pacific/Auckland"))
        let june1 = try #require(LocalDay(year: 2025, month: 6, day: 1))
        let lateEvening = WallClockReading(day: june1, secondsSinceMidnight: 23 * 3600 + 59 * 60).resolved(in: auckland)
        let earlyMorning = WallClockReading(day: june1, secondsSinceMidnight: 60).resolved(in: auckland)
        #expect(DayNumber.of(lateEvening, in: auckland) == DayNumber.of(earlyMorning, in: auckland))
        #expect(DayNumber.of(lateEvening, in: auckland) == DayNumber.from(year: 2025, month: 6, day: 1))
    }
}
