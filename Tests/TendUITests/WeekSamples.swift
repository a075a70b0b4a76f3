import TendCore

/// A fixed journal for the week screen: about five months of rituals with
/// a rhythm to them (busier weekends, a quiet fortnight in October), mood
/// that rises through the week, a few people, and this week's pauses.
/// "Today" is Monday 23 November 2026, as in `Fixtures`.
enum WeekSamples {
    static func time(_ day: LocalDay, _ hour: Int) -> LocalTime {
        LocalTime(secondsSince1970: Int64(day.daysSinceEpoch) * 86_400 + Int64(hour * 3600), utcOffsetSeconds: 0)
    }

    static let today = LocalDay(parsing: "2026-11-23") ?? LocalDay(daysSinceEpoch: 0)

    static let people = ["Ana", "José", "Zoë", "Sam", "Mum"]
    static let practices = ["six-second-kiss", "thinking-of-you", "one-breath-first", "good-morning-by-name"]

    static let journal: [Record] = (0..<150).flatMap { offset -> [Record] in
        let day = today.adding(days: -offset)
        if (20...33).contains(offset) { return [] } // a quiet fortnight
        var records: [Record] = []
        let weekday = day.weekday.mondayFirstIndex
        if offset % 3 != 1 {
            let mood = [2, 3, 3, 4, 4, 5, 4][weekday]
            let done: Bool? = offset == 0 ? nil : offset % 4 != 0
            records.append(Record(.checkIn(CheckIn(mood: mood, intention: .listen, practice: practices[offset % 4],
                                                   practiceDone: done)), at: time(day, 7)))
        }
        if offset % 2 == 0 || weekday >= 5 {
            // Every other one was sent to the person.
            let sent = offset % 4 == 0 ? time(day, 21) : nil
            records.append(Record(.appreciation(Appreciation(person: people[offset % 5], text: "Thank you.", sent: sent,
                                                             via: sent == nil ? nil : .command)),
                                  at: time(day, 21)))
        }
        if weekday >= 5 || offset < 7 {
            let intention = Intention.allCases[offset % 3]
            records.append(Record(.pause(Pause(intention: intention, plannedSeconds: 5, actualSeconds: 5,
                                               outcome: offset % 5 == 4 ? .cancelled : .completed)), at: time(day, 10)))
        }
        if weekday == 6, offset % 14 == 6 {
            records.append(Record(.repair(Repair(who: "Sam", latency: .withinHour)), at: time(day, 18)))
        }
        return records
    }
}
