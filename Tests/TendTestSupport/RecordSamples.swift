import TendCore

/// Records for tests, one of each kind, at fixed times.
public enum RecordSamples {
    /// A fixed local time: `2026-11-23T21:30:05+01:00` plus `minutes`.
    public static func time(_ iso: String = "2026-11-23T21:30:05+01:00", plusMinutes minutes: Int = 0) -> LocalTime {
        guard var time = LocalTime(iso8601: iso) else { return LocalTime(secondsSince1970: 0, utcOffsetSeconds: 0) }
        time.secondsSince1970 += Int64(minutes * 60)
        return time
    }

    /// A record id that reads well in failures: `t-<n>`.
    public static func id(_ n: Int) -> RecordID {
        RecordID("t-\(n)") ?? RecordID.make(at: time())
    }

    public static func appreciation(_ n: Int, person: String = "José", text: String = "Thank you for the soup.",
                                    at iso: String = "2026-11-23T21:30:05+01:00", plusMinutes minutes: Int = 0) -> Record {
        Record(id: id(n), time: time(iso, plusMinutes: minutes), payload: .appreciation(Appreciation(person: person, text: text)))
    }

    public static func checkIn(_ n: Int, at iso: String = "2026-11-23T07:10:00+01:00", practiceDone: Bool? = nil) -> Record {
        Record(id: id(n), time: time(iso), payload: .checkIn(CheckIn(
            mood: 4, intention: .listen, practice: "six-second-kiss", person: "Ana", note: "slept well", practiceDone: practiceDone)))
    }

    public static func edit(_ n: Int, of target: Int, set fields: JSONObject, at iso: String = "2026-11-23T22:00:00+01:00") -> Record {
        Record(id: id(n), time: time(iso), payload: .edit(Edit(target: id(target), set: fields)))
    }

    public static func delete(_ n: Int, of target: Int, at iso: String = "2026-11-23T22:00:00+01:00") -> Record {
        Record(id: id(n), time: time(iso), payload: .delete(Delete(target: id(target))))
    }

    /// One record of every kind (edits and deletes included).
    public static var everyKind: [Record] {
        let t = time()
        return [
            checkIn(1),
            Record(id: id(2), time: t, payload: .pause(Pause(intention: .notice, plannedSeconds: 5, actualSeconds: 5.3, outcome: .completed))),
            appreciation(3),
            Record(id: id(4), time: t, payload: .promptFired(PromptFired(prompt: "morning", day: "2026-11-23"))),
            Record(id: id(5), time: t, payload: .repair(Repair(
                who: "Sam", latency: .withinHour, happened: "I snapped", myPart: "tired, short", gesture: "we-are-a-team",
                landed: true, forThem: "you felt brushed aside", meant: "to finish fast", nextStep: "talk tonight",
                words: "I think I see how that was for you.", sent: time(plusMinutes: 5), via: .email))),
            Record(id: id(6), time: t, payload: .tally(Tally(tone: .negative, text: "eye roll", person: nil))),
            edit(7, of: 1, set: JSONObject([.init("practiceDone", .bool(true))])),
            delete(8, of: 3),
            Record(id: id(9), time: t, payload: .meeting(Meeting(ritual: .round, label: "stand-up", useful: "the demo",
                                                                 energising: "Priya's fix"))),
            Record(id: id(10), time: t, payload: .meeting(Meeting(ritual: .breath))),
            Record(id: id(11), time: t, payload: .appreciation(Appreciation(person: "Sam", text: "Your notes helped.",
                                                                            meeting: "stand-up"))),
            Record(id: id(12), time: t, payload: .letterRead(LetterMark(letter: id(30), from: "Sam"))),
            Record(id: id(13), time: t, payload: .letterHidden(LetterMark(letter: id(31), from: "Zoë"))),
        ]
    }

    /// One record of each kind a week's focus writes, with and without
    /// their optional fields.
    public static var focusKinds: [Record] {
        let t = time("2026-11-23T08:00:00+01:00")
        let day = LocalDay(year: 2026, month: 11, day: 23) ?? LocalDay(daysSinceEpoch: 0)
        return [
            Record(id: id(31), time: t, payload: .focus(Focus(card: "good-morning-by-name", person: "Ana", start: day))),
            Record(id: id(32), time: t, payload: .focus(Focus(card: "leave-on-purpose", start: day.adding(days: 1),
                                                              stopped: day.adding(days: 3)))),
            Record(id: id(33), time: t, payload: .focusDay(FocusDay(focus: id(31), card: "good-morning-by-name",
                                                                    day: day.adding(days: 1), done: true))),
            Record(id: id(34), time: t, payload: .focusDay(FocusDay(focus: id(31), card: "good-morning-by-name",
                                                                    day: day, done: false))),
            Record(id: id(35), time: t, payload: .reflection(Reflection(focus: id(31), card: "good-morning-by-name", person: "Ana",
                                                                        felt: 4, response: "She smiled back.", noticed: "I slowed down.",
                                                                        choice: .keep))),
            Record(id: id(36), time: t, payload: .reflection(Reflection(focus: id(32), card: "leave-on-purpose", felt: 1,
                                                                        choice: .anotherWeek))),
            Record(id: id(37), time: t, payload: .review(Review(from: day, to: day.adding(days: 6), wentWell: "Two slow breakfasts.",
                                                                talkAbout: "The holiday plans"))),
            Record(id: id(38), time: t, payload: .review(Review(from: day, to: day.adding(days: 6), wentWell: "We laughed."))),
        ]
    }
}
