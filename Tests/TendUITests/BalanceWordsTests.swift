import Foundation
import Testing
import TendCore
import TendJournalFormat
import TendTestSupport
@testable import TendUI

/// "12 good" after four `+` notes is a puzzle unless the screen says what
/// else counted: appreciations and practices done.
@Suite("The balance says what counts as good")
struct BalanceWordsTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 40, height: 12)]

    /// This week: six appreciations, two practices done, four `+` notes, two `-` notes.
    static var context: ScreenContext {
        var context = Fixtures.context(at: Fixtures.date(2026, 11, 25, 21, 0))
        let time = LocalTime(Fixtures.morning, in: Fixtures.zone)
        let thanks = (0..<6).map { _ in Record(.appreciation(Appreciation(person: "Zoë", text: "Tea.")), at: time) }
        let done = (0..<2).map { _ in
            Record(.checkIn(CheckIn(mood: 4, intention: .notice, practice: "reset-signal", practiceDone: true)), at: time)
        }
        let good = (0..<4).map { _ in Record(.tally(Tally(tone: .positive, text: "a laugh")), at: time) }
        let hard = (0..<2).map { _ in Record(.tally(Tally(tone: .negative, text: "a snap")), at: time) }
        context.data.journal = RecentJournal(lines: thanks + done + good + hard)
        return context
    }

    @Test("home names what the good moments were, at every size", arguments: sizes)
    func home(size: Size) {
        let app = AppHarness(root: HomeScreen(), size: size, context: Self.context)
        if size.width >= 80 {
            #expect(app.screen.contains("This week  12 good (6 appreciations, 2 practices, 4 with +) : 2 hard"),
                    "\(app.screen)")
        }
        expectSnapshot(app.snapshot, named: "home-balance-explained-\(size)")
    }

    @Test("the week view says it too, at every size", arguments: sizes)
    func week(size: Size) {
        let context = Self.context
        var app = AppHarness(size: size, context: context) { WeekScreen(records: context.data.journal.records, context: $0) }
        var seen = app.screen
        for _ in 0..<30 where !seen.contains("Balance") { app.press(.character("j")); seen = app.screen }
        for _ in 0..<3 { app.press(.character("j")); seen += app.screen }
        let words = size.width >= 80 ? "good: 6 appreciations, 2 practices done, 4 noted with +" : "good: 6 appreciations, 2"
        #expect(seen.contains(words), "\(seen)")
    }

    @Test("tend stats prints the same words as the week view")
    func stats() {
        let context = Self.context
        let stats = HabitStats(records: context.data.journal.records, today: context.today)
        let text = WeekReport.text(stats, width: 80, usesColour: false)
        #expect(text.contains("this week 12 good : 2 hard"), "\(text)")
        #expect(text.contains("good: 6 appreciations, 2 practices done, 4 noted with +"), "\(text)")
    }

    @Test("a week of + notes alone needs no explaining")
    func onlyNotes() {
        let week = BalanceWeek(monday: Fixtures.context().today, notedGood: 4, hard: 1)
        #expect(week.good == 4)
        #expect(week.goodSources() == nil)
    }

    @Test("the short form drops the extra words", arguments: [
        (BalanceWeek(monday: LocalDay(daysSinceEpoch: 0), appreciations: 1, practicesDone: 1, notedGood: 1),
         "1 appreciation, 1 practice done, 1 noted with +", "1 appreciation, 1 practice, 1 with +"),
        (BalanceWeek(monday: LocalDay(daysSinceEpoch: 0), appreciations: 3), "3 appreciations", "3 appreciations"),
        (BalanceWeek(monday: LocalDay(daysSinceEpoch: 0), practicesDone: 2, notedGood: 5),
         "2 practices done, 5 noted with +", "2 practices, 5 with +"),
    ])
    func forms(week: BalanceWeek, long: String, short: String) {
        #expect(week.goodSources() == long)
        #expect(week.goodSources(short: true) == short)
    }
}
