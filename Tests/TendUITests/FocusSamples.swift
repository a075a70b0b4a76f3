import Foundation
import TendCore
import TendJournalFormat
import TendTestSupport
import TendUI

/// A journal with a week's focus in it, in UTC like `Fixtures`: the focus
/// "A real good morning" for Ana, chosen on Monday 23 November 2026.
enum FocusSamples {
    static let card = "good-morning-by-name"
    static let monday = LocalDay(parsing: "2026-11-23") ?? LocalDay(daysSinceEpoch: 0)

    static func time(_ day: LocalDay, _ hour: Int, _ minute: Int = 0) -> LocalTime {
        LocalTime(secondsSince1970: Int64(day.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60), utcOffsetSeconds: 0)
    }

    static func date(_ day: LocalDay, _ hour: Int, _ minute: Int = 0) -> Date { time(day, hour, minute).date }

    /// The focus record, chosen on Monday at 08:00.
    static let focus = Record(id: RecordID("focus-1") ?? RecordID.make(at: time(monday, 8)), time: time(monday, 8),
                              payload: .focus(Focus(card: card, person: "Ana", start: monday)))

    /// A check-in on `day` that took `practice`, with its bedtime answer.
    static func checkIn(_ day: LocalDay, practice: String = card, done: Bool?) -> Record {
        Record(.checkIn(CheckIn(mood: 4, intention: .listen, practice: practice, person: "Ana", practiceDone: done)), at: time(day, 7, 30))
    }

    /// The bedtime answer about the focus on `day`.
    static func answer(_ day: LocalDay, done: Bool) -> Record {
        Record(.focusDay(FocusDay(focus: focus.id, card: card, day: day, done: done)), at: time(day, 21, 40))
    }

    static func appreciation(_ day: LocalDay, _ person: String, _ text: String) -> Record {
        Record(.appreciation(Appreciation(person: person, text: text)), at: time(day, 21, 30))
    }

    /// Days 1 and 3 happened, day 2 passed without; the rest to come.
    static let firstDays: [Record] = [
        focus,
        checkIn(monday, done: true),
        answer(monday.adding(days: 1), done: false),
        checkIn(monday.adding(days: 2), practice: "six-second-kiss", done: true),
        answer(monday.adding(days: 2), done: true),
    ]

    static func context(at date: Date, records: [Record], config: TendConfig = .defaults) -> ScreenContext {
        ScreenContext(now: Moment(wall: date, uptime: 1000), zone: Fixtures.zone,
                      data: AppData(journal: RecentJournal(lines: records), config: config))
    }
}
