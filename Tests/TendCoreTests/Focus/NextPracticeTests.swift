import Foundation
import Testing
import TendCore
import TendTestSupport

/// What comes after a week's focus: a related card, never one hidden, kept
/// or practised in the last four weeks.
@Suite("Focus: what comes next")
struct NextPracticeTests {
    let library = PracticeLibrary.builtIn

    static func time(day: Int, hour: Int = 8) -> LocalTime {
        LocalTime(secondsSince1970: Int64(day) * 86_400 + Int64(hour) * 3600, utcOffsetSeconds: 0)
    }

    @Test("the next step of the card's progression comes first, then its group in library order")
    func order() throws {
        let next = NextPractice(library: library, preferences: PracticePreferences())
        let first = try #require(next.suggestion(after: "good-morning-by-name", recent: []))
        #expect(first.id == "leave-on-purpose")
        let candidates = next.candidates(after: "good-morning-by-name", recent: [])
        let group = library.practices(in: .morningEvening).map(\.id)
        #expect(Array(candidates.map(\.id).prefix(4)) == ["leave-on-purpose", "get-up-to-greet", "ten-minutes-of-hello", "goodnight-properly"])
        #expect(Set(candidates.map(\.id)) == Set(group).subtracting(["good-morning-by-name"]))
    }

    @Test("a step that cannot be offered is passed over for the one after it")
    func followsTheChain() throws {
        let next = NextPractice(library: library, preferences: PracticePreferences(hidden: ["leave-on-purpose"]))
        #expect(try #require(next.suggestion(after: "good-morning-by-name", recent: ["get-up-to-greet"])).id == "ten-minutes-of-hello")
    }

    @Test("cards for the user's chosen people come before the rest")
    func chosenPeopleFirst() throws {
        let next = NextPractice(library: library, preferences: PracticePreferences(audiences: [.child]))
        let ids = next.candidates(after: "goodnight-properly", recent: []).map(\.id)
        let firstOther = try #require(ids.firstIndex { library.practice(withID: $0)?.audiences.contains(.child) == false })
        #expect(ids[..<firstOther].allSatisfy { library.practice(withID: $0)?.audiences.contains(.child) == true })
    }

    @Test("nothing is suggested when every related card is hidden or recent")
    func nothingLeft() {
        let group = Set(library.practices(in: .atWork).map(\.id))
        let next = NextPractice(library: library, preferences: PracticePreferences(hidden: group.subtracting(["open-with-thanks"])))
        #expect(next.suggestion(after: "credit-the-idea", recent: ["open-with-thanks"]) == nil)
        #expect(next.suggestion(after: "no-such-card", recent: []) == nil)
    }

    @Test("recent cards: focus weeks reaching into the last four weeks, and practices marked done")
    func recentCards() {
        let today = 20_000
        let records = [
            Record(Payload.focus(Focus(card: "old-week", start: LocalDay(daysSinceEpoch: today - 35))), at: Self.time(day: today - 35)),
            Record(Payload.focus(Focus(card: "edge-week", start: LocalDay(daysSinceEpoch: today - 33))), at: Self.time(day: today - 33)),
            Record(Payload.focus(Focus(card: "stopped-early", start: LocalDay(daysSinceEpoch: today - 31),
                                       stopped: LocalDay(daysSinceEpoch: today - 30))), at: Self.time(day: today - 31)),
            Record(Payload.focus(Focus(card: "tomorrow", start: LocalDay(daysSinceEpoch: today + 1))), at: Self.time(day: today, hour: 22)),
            Record(Payload.checkIn(CheckIn(mood: 3, intention: .notice, practice: "done-lately", practiceDone: true)), at: Self.time(day: today - 27)),
            Record(Payload.checkIn(CheckIn(mood: 3, intention: .notice, practice: "done-long-ago", practiceDone: true)), at: Self.time(day: today - 28)),
            Record(Payload.checkIn(CheckIn(mood: 3, intention: .notice, practice: "only-chosen", practiceDone: false)), at: Self.time(day: today - 1)),
        ]
        #expect(NextPractice.recentCards(in: records, today: LocalDay(daysSinceEpoch: today)) == ["edge-week", "done-lately"])
    }

    @Test("over 730 simulated days the suggestion is never hidden, kept or practised in the last four weeks")
    func twoYears() throws {
        var generator = SeededGenerator(seed: 21)
        let ids = library.practices.map(\.id)
        var preferences = PracticePreferences()
        var records: [Record] = []
        var lastPractised: [String: Int] = [:]
        let start = 20_000
        var focusCard = "good-morning-by-name"
        var focusStart = start
        var suggestions = 0, nones = 0
        records.append(Record(.focus(Focus(card: focusCard, start: LocalDay(daysSinceEpoch: start))), at: Self.time(day: start)))
        for day in start..<(start + 730) {
            // Mornings: a card, sometimes done.
            let daily = ids[Int(generator.next() % UInt64(ids.count))]
            let done = generator.next() % 3 == 0
            records.append(Record(.checkIn(CheckIn(mood: 3, intention: .listen, practice: daily, practiceDone: done)), at: Self.time(day: day)))
            if done { lastPractised[daily] = day }
            lastPractised[focusCard] = day
            // Now and then a card is marked "not for me", or one taken back.
            if generator.next() % 29 == 0 { preferences.hidden.insert(ids[Int(generator.next() % UInt64(ids.count))]) }
            if generator.next() % 97 == 0, let some = preferences.hidden.first { preferences.hidden.remove(some) }
            guard day - focusStart == Focus.length else { continue }
            // The look back, on day 8.
            let today = LocalDay(daysSinceEpoch: day)
            let recent = NextPractice.recentCards(in: records, today: today)
            let expectedRecent = Set(lastPractised.filter { $0.value > day - NextPractice.recentDays }.keys)
            #expect(recent.isSuperset(of: expectedRecent), "day \(day)")
            if generator.next() % 4 == 0 { preferences.mine.insert(focusCard) }
            let current = try #require(library.practice(withID: focusCard))
            let suggestion = NextPractice(library: library, preferences: preferences).suggestion(after: focusCard, recent: recent)
            if let suggestion {
                suggestions += 1
                #expect(!preferences.hidden.contains(suggestion.id), "day \(day): hidden \(suggestion.id)")
                #expect(!preferences.mine.contains(suggestion.id), "day \(day): kept \(suggestion.id)")
                #expect(lastPractised[suggestion.id].map { $0 <= day - NextPractice.recentDays } ?? true,
                        "day \(day): \(suggestion.id) was practised on day \(lastPractised[suggestion.id] ?? 0)")
                #expect(suggestion.id != focusCard)
                var chain: [String] = [], step = current.next
                while let id = step, !chain.contains(id) { chain.append(id); step = library.practice(withID: id)?.next }
                #expect(suggestion.group == current.group || chain.contains(suggestion.id), "day \(day): \(suggestion.id) is unrelated")
            } else {
                nones += 1
            }
            // Mostly the suggestion is taken; otherwise any card.
            focusCard = suggestion.map { generator.next() % 5 == 0 ? ids[Int(generator.next() % UInt64(ids.count))] : $0.id }
                ?? ids[Int(generator.next() % UInt64(ids.count))]
            focusStart = day
            records.append(Record(.focus(Focus(card: focusCard, start: today)), at: Self.time(day: day, hour: 9)))
        }
        #expect(suggestions > 80, "\(suggestions) suggestions, \(nones) with none")
    }
}
