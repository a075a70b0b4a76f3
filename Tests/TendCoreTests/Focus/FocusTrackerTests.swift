import Foundation
import Testing
import TendCore
import TendJournalFormat
import TendTestSupport

/// The week's focus against the journal: its days on the user's local
/// days, whatever the clocks and zones do.
@Suite("Focus: the seven days")
struct FocusTrackerTests {
    static let card = "good-morning-by-name"

    static func time(_ iso: String) -> LocalTime { RecordSamples.time(iso) }
    static func day(_ text: String) -> LocalDay { LocalDay(parsing: text) ?? LocalDay(daysSinceEpoch: 0) }

    static func focus(_ n: Int, at iso: String, card: String = card, person: String? = "Ana") -> Record {
        let time = time(iso)
        return Record(id: RecordSamples.id(n), time: time,
                      payload: .focus(Focus(card: card, person: person, start: FocusCalendar.firstDay(choosingAt: time))))
    }

    static func checkIn(_ n: Int, at iso: String, card: String = card, done: Bool?) -> Record {
        Record(id: RecordSamples.id(n), time: time(iso),
               payload: .checkIn(CheckIn(mood: 3, intention: .notice, practice: card, practiceDone: done)))
    }

    static func answer(_ n: Int, for focus: Int, day: String, done: Bool, at iso: String) -> Record {
        Record(id: RecordSamples.id(n), time: time(iso),
               payload: .focusDay(FocusDay(focus: RecordSamples.id(focus), card: card, day: Self.day(day), done: done)))
    }

    static func current(_ lines: [Record], at iso: String) -> FocusNow? {
        FocusTracker.current(in: History(lines).records, now: time(iso))
    }

    @Test("a week across the end of daylight saving still has seven days, counted on local days")
    func daylightSavingWeek() throws {
        // Berlin leaves summer time on Sunday 25 October 2026, 03:00 → 02:00.
        let lines = [
            Self.focus(1, at: "2026-10-22T08:00:00+02:00"),
            Self.checkIn(2, at: "2026-10-24T23:30:00+02:00", done: true),
            Self.checkIn(3, at: "2026-10-25T02:30:00+01:00", done: true),
            Self.checkIn(4, at: "2026-10-28T07:00:00+01:00", done: false),
        ]
        let sunday = try #require(Self.current(lines, at: "2026-10-25T12:00:00+01:00"))
        #expect(sunday.day == 4)
        #expect(sunday.week.lastDay == Self.day("2026-10-28"))
        #expect(sunday.week.doneDayNumbers == [3, 4])
        #expect(sunday.marks == [.notDone, .notDone, .done, .done, .toCome, .toCome, .toCome])
        let lastAfternoon = try #require(Self.current(lines, at: "2026-10-28T17:59:59+01:00"))
        #expect(lastAfternoon.day == 7 && !lastAfternoon.isReflectionDue)
        #expect(lastAfternoon.isTodayAnswered)
        #expect(try #require(Self.current(lines, at: "2026-10-28T18:00:00+01:00")).isReflectionDue)
    }

    @Test("a week across the start of daylight saving, when a day has 23 hours")
    func springForward() throws {
        // New York: Sunday 8 March 2026, 02:00 → 03:00.
        let lines = [Self.focus(1, at: "2026-03-05T07:00:00-05:00"), Self.checkIn(2, at: "2026-03-08T07:00:00-04:00", done: true)]
        let sunday = try #require(Self.current(lines, at: "2026-03-08T23:59:00-04:00"))
        #expect(sunday.day == 4)
        #expect(sunday.week.doneDayNumbers == [4])
        let next = try #require(Self.current(lines, at: "2026-03-09T00:00:30-04:00"))
        #expect(next.day == 5)
    }

    @Test("after a flight the days follow the zone the user is in now, and records keep their own day")
    func timeZoneChange() throws {
        let lines = [
            Self.focus(1, at: "2026-11-23T08:00:00+01:00"),
            // Day 3 in New York: 07:00 there is 13:00 in Berlin, the same date.
            Self.checkIn(2, at: "2026-11-25T07:00:00-05:00", done: true),
            // 20:30 in New York is already the 27th in Berlin; it counts for the 26th.
            Self.answer(3, for: 1, day: "2026-11-26", done: true, at: "2026-11-26T20:30:00-05:00"),
        ]
        let newYork = try #require(Self.current(lines, at: "2026-11-29T12:00:00-05:00"))
        #expect(newYork.day == 7)
        #expect(!newYork.isReflectionDue, "noon on day 7 in New York")
        #expect(newYork.week.doneDayNumbers == [3, 4])
        // The same instant read in Berlin is the evening of day 7.
        #expect(try #require(Self.current(lines, at: "2026-11-29T18:00:00+01:00")).isReflectionDue)
        // Flying on: 20:00 in New York is the 30th in Berlin, still day 7 where the user is.
        let evening = try #require(Self.current(lines, at: "2026-11-29T20:00:00-05:00"))
        #expect(evening.day == 7 && evening.isReflectionDue && !evening.hasEnded)
    }

    @Test("a focus chosen late in the evening begins the next day")
    func lateEvening() throws {
        #expect(FocusCalendar.firstDay(choosingAt: Self.time("2026-11-23T20:59:59+01:00")) == Self.day("2026-11-23"))
        #expect(FocusCalendar.firstDay(choosingAt: Self.time("2026-11-23T21:00:00+01:00")) == Self.day("2026-11-24"))
        #expect(FocusCalendar.firstDay(choosingAt: Self.time("2026-11-24T00:30:00+01:00")) == Self.day("2026-11-24"))
        let lines = [Self.focus(1, at: "2026-11-23T22:40:00+01:00"), Self.checkIn(2, at: "2026-11-23T22:45:00+01:00", done: true)]
        let tonight = try #require(Self.current(lines, at: "2026-11-23T23:00:00+01:00"))
        #expect(tonight.isUpcoming && tonight.day == 0 && !tonight.isRunning)
        #expect(tonight.marks == Array(repeating: .toCome, count: 7))
        #expect(tonight.week.doneDays.isEmpty, "a day before the week does not count")
        let tomorrow = try #require(Self.current(lines, at: "2026-11-24T07:00:00+01:00"))
        #expect(tomorrow.day == 1 && tomorrow.isRunning)
        #expect(tomorrow.week.lastDay == Self.day("2026-11-30"))
    }

    @Test("stopping ends the focus; starting again begins a new week from day 1")
    func stopAndRestart() throws {
        var lines = [Self.focus(1, at: "2026-11-23T08:00:00+01:00"), Self.checkIn(2, at: "2026-11-24T07:00:00+01:00", done: true)]
        let running = try #require(Self.current(lines, at: "2026-11-25T09:00:00+01:00"))
        let stop = FocusChange.stop(running, now: Self.time("2026-11-25T09:00:00+01:00"))
        lines.append(Record(id: RecordSamples.id(3), time: Self.time("2026-11-25T09:00:00+01:00"), payload: stop))
        #expect(Self.current(lines, at: "2026-11-25T09:01:00+01:00") == nil)
        #expect(FocusTracker.latestWeek(in: History(lines).records)?.focus.stopped == Self.day("2026-11-25"))
        // Started again, the same card: a new week, and yesterday's done day belongs to the old one.
        let restart = FocusChange.start(card: Self.card, person: "Ana", now: Self.time("2026-11-25T10:00:00+01:00"), current: nil)
        #expect(restart.count == 1)
        lines.append(Record(id: RecordSamples.id(4), time: Self.time("2026-11-25T10:00:00+01:00"), payload: restart[0]))
        let again = try #require(Self.current(lines, at: "2026-11-25T10:00:00+01:00"))
        #expect(again.week.id == RecordSamples.id(4))
        #expect(again.day == 1)
        #expect(again.week.doneDays.isEmpty)
    }

    @Test("choosing another card stops the running one; choosing the same again writes nothing")
    func switching() throws {
        let lines = [Self.focus(1, at: "2026-11-23T08:00:00+01:00")]
        let now = Self.time("2026-11-24T08:00:00+01:00")
        let running = Self.current(lines, at: "2026-11-24T08:00:00+01:00")
        #expect(FocusChange.start(card: Self.card, person: "Ana", now: now, current: running).isEmpty)
        let other = FocusChange.start(card: "leave-on-purpose", person: nil, now: now, current: running)
        #expect(other.count == 2)
        guard case .edit(let edit) = other.first, case .focus(let focus) = other.last else { Issue.record("\(other)"); return }
        #expect(edit.target == RecordSamples.id(1))
        #expect(edit.set["stopped"] == .string("2026-11-24"))
        #expect(focus.start == Self.day("2026-11-24") && focus.person == nil)
    }

    @Test("the latest bedtime answer for a day wins, and a done check-in counts as well")
    func answers() throws {
        let lines = [
            Self.focus(1, at: "2026-11-23T08:00:00+01:00"),
            Self.answer(2, for: 1, day: "2026-11-23", done: true, at: "2026-11-23T21:00:00+01:00"),
            Self.answer(3, for: 1, day: "2026-11-23", done: false, at: "2026-11-23T21:05:00+01:00"),
            Self.answer(4, for: 1, day: "2026-11-24", done: false, at: "2026-11-24T21:00:00+01:00"),
            Self.checkIn(5, at: "2026-11-24T07:00:00+01:00", done: true),
            Self.checkIn(6, at: "2026-11-25T07:00:00+01:00", card: "six-second-kiss", done: true),
            Self.answer(7, for: 99, day: "2026-11-26", done: true, at: "2026-11-26T21:00:00+01:00"),
        ]
        let week = try #require(Self.current(lines, at: "2026-11-27T08:00:00+01:00")).week
        #expect(week.doneDayNumbers == [2])
        #expect(week.answeredDays == [Self.day("2026-11-23"), Self.day("2026-11-24")])
    }

    @Test("today's answer edits a check-in that took the card, else keeps a focus-day; a yes taken back is taken back everywhere")
    func todaysAnswer() throws {
        var lines = [Self.focus(1, at: "2026-11-23T08:00:00+01:00")]
        func add(_ payloads: [Payload], from n: Int, at iso: String) {
            for (offset, payload) in payloads.enumerated() {
                lines.append(Record(id: RecordSamples.id(n + offset), time: Self.time(iso), payload: payload))
            }
        }
        // No check-in yet: a focus-day says yes.
        var now = try #require(Self.current(lines, at: "2026-11-24T10:00:00+01:00"))
        let yes = FocusChange.answer(now, done: true, todaysCheckIn: nil)
        guard case .focusDay(let day)? = yes.first, yes.count == 1 else { Issue.record("\(yes)"); return }
        #expect(day.day == Self.day("2026-11-24") && day.done && day.focus == RecordSamples.id(1))
        add(yes, from: 2, at: "2026-11-24T10:00:00+01:00")
        // Then a check-in takes the focus card, and the yes is taken back: both say no.
        lines.append(Self.checkIn(3, at: "2026-11-24T11:00:00+01:00", done: nil))
        now = try #require(Self.current(lines, at: "2026-11-24T12:00:00+01:00"))
        #expect(now.week.doneDayNumbers == [2])
        guard case .checkIn(let checkIn) = lines[2].payload else { return }
        let no = FocusChange.answer(now, done: false, todaysCheckIn: (lines[2], checkIn))
        #expect(no.count == 2)
        guard case .edit(let edit)? = no.first else { Issue.record("\(no)"); return }
        #expect(edit.target == RecordSamples.id(3) && edit.set["practiceDone"] == .bool(false))
        add(no, from: 4, at: "2026-11-24T12:00:00+01:00")
        now = try #require(Self.current(lines, at: "2026-11-24T12:01:00+01:00"))
        #expect(now.week.doneDayNumbers.isEmpty && now.isTodayAnswered)
        // A yes on a day whose check-in took the card is only the check-in's edit.
        let again = FocusChange.answer(now, done: true, todaysCheckIn: (lines[2], checkIn))
        guard case .edit(let yesEdit)? = again.first, again.count == 1 else { Issue.record("\(again)"); return }
        #expect(yesEdit.set["practiceDone"] == .bool(true))
    }

    @Test("the look back is due exactly once: from the evening of day 7 until it is made")
    func reflectionDueOnce() throws {
        var lines = [Self.focus(1, at: "2026-11-23T08:00:00+01:00")]
        var transitions = 0, wasDue = false
        var hour = try #require(LocalTime(iso8601: "2026-11-23T08:00:00+01:00"))
        var made = false
        for _ in 0..<(24 * 40) {
            hour.secondsSince1970 += 3600
            let now = FocusTracker.current(in: History(lines).records, now: hour)
            let isDue = now?.isReflectionDue ?? false
            if isDue && !wasDue { transitions += 1 }
            wasDue = isDue
            if isDue, !made, hour.local.day == 1 {
                // Looked back on the morning of 1 December.
                let reflection = Reflection(focus: RecordSamples.id(1), card: Self.card, person: "Ana", felt: 4, choice: .letGo)
                lines.append(Record(id: RecordSamples.id(2), time: hour, payload: .reflection(reflection)))
                made = true
            }
            if made { #expect(FocusTracker.current(in: History(lines).records, now: hour) == nil) }
        }
        #expect(transitions == 1)
        #expect(made)
    }

    @Test("a look back not made waits four weeks, then the focus rests in the journal")
    func lookBackWaits() throws {
        let lines = [Self.focus(1, at: "2026-11-23T08:00:00+01:00")]
        #expect(try #require(Self.current(lines, at: "2026-12-27T08:00:00+01:00")).isReflectionDue)
        #expect(Self.current(lines, at: "2026-12-28T08:00:00+01:00") == nil)
    }

    @Test("the app's own offer of the look back is remembered")
    func offeredOnce() throws {
        var lines = [Self.focus(1, at: "2026-11-23T08:00:00+01:00")]
        let week = try #require(Self.current(lines, at: "2026-11-30T08:00:00+01:00")).week
        #expect(!week.wasOffered)
        lines.append(Record(id: RecordSamples.id(2), time: Self.time("2026-11-30T08:00:00+01:00"),
                            payload: .promptFired(PromptFired(prompt: week.offerID, day: "2026-11-30"))))
        let after = try #require(Self.current(lines, at: "2026-11-30T09:00:00+01:00"))
        #expect(after.week.wasOffered && after.isReflectionDue)
    }

    @Test("another week begins the day after the last, or today when the look back came late")
    func anotherWeek() throws {
        let lines = [Self.focus(1, at: "2026-11-23T08:00:00+01:00")]
        let week = try #require(Self.current(lines, at: "2026-11-29T20:00:00+01:00")).week
        guard case .focus(let onTime) = FocusChange.anotherWeek(after: week, now: Self.time("2026-11-29T20:00:00+01:00")),
              case .focus(let late) = FocusChange.anotherWeek(after: week, now: Self.time("2026-12-02T10:00:00+01:00")),
              case .focus(let lateAtNight) = FocusChange.anotherWeek(after: week, now: Self.time("2026-12-02T22:00:00+01:00"))
        else { Issue.record("not a focus"); return }
        #expect(onTime.start == Self.day("2026-11-30") && onTime.card == Self.card && onTime.person == "Ana")
        #expect(late.start == Self.day("2026-12-02"))
        #expect(lateAtNight.start == Self.day("2026-12-03"))
    }
}
