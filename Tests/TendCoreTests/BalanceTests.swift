import Testing
import TendCore

@Suite("The balance: good moments beside hard ones, week by week")
struct BalanceTests {
    typealias S = InsightsSamples

    static func tally(_ iso: String, _ tone: Tally.Tone) -> Record {
        S.record(iso, .tally(Tally(tone: tone, text: "a moment")))
    }

    static func repair(_ iso: String, _ latency: Repair.Latency) -> Record {
        S.record(iso, .repair(Repair(who: "Sam", latency: latency, happened: "a sharp word")))
    }

    @Test("appreciations, practices done and + moments are good; - moments are hard; repairs stand beside")
    func whichKindsCount() {
        let monday = "2026-11-23T"
        let records = [
            S.thanks(monday + "21:00:00+01:00"),
            S.checkIn(monday + "07:00:00+01:00", done: true),
            S.checkIn(monday + "07:05:00+01:00", done: false),
            S.checkIn(monday + "07:06:00+01:00", done: nil),
            Self.tally(monday + "12:00:00+01:00", .positive),
            Self.tally(monday + "12:30:00+01:00", .negative),
            Self.tally(monday + "13:00:00+01:00", .negative),
            Self.repair(monday + "13:30:00+01:00", .withinHour),
            S.pause(monday + "09:00:00+01:00"),
            S.record(monday + "07:30:00+01:00", .promptFired(PromptFired(prompt: "morning", day: "2026-11-23"))),
        ]
        let week = BalanceStats(records: records, today: S.today).thisWeek
        #expect(week.good == 3)
        #expect((week.appreciations, week.practicesDone, week.notedGood) == (1, 1, 1))
        #expect(week.hard == 2)
        #expect(week.repairs == 1)
        #expect(week.goodShare == 0.6)
    }

    @Test("an empty week is all zeros, with no share and no typical repair")
    func emptyWeek() {
        let stats = BalanceStats(records: [], today: S.today)
        #expect(stats.thisWeek == BalanceWeek(monday: S.today))
        #expect(stats.thisWeek.isEmpty)
        #expect(stats.thisWeek.goodShare == nil)
        #expect(stats.typicalLatency == nil)
        #expect(stats.weeks.count == BalanceStats.weekCount)
        #expect(stats.weeks.first?.monday == S.today.adding(days: -7 * (BalanceStats.weekCount - 1)))
    }

    @Test("weeks run Monday to Sunday on each record's own clock, across the spring daylight-saving change")
    func springForwardWeek() {
        let records = [
            Self.tally("2026-03-23T00:05:00+01:00", .positive), // Monday of the DST week
            Self.tally("2026-03-29T01:30:00+01:00", .positive), // Sunday, before the change
            Self.tally("2026-03-29T23:55:00+02:00", .negative), // Sunday, after it
            Self.tally("2026-03-30T00:30:00+02:00", .negative), // Monday: still Sunday in UTC
        ]
        let stats = BalanceStats(records: records, today: S.day("2026-03-31"))
        let last = stats.weeks[stats.weeks.count - 2]
        #expect(last.monday == S.day("2026-03-23"))
        #expect((last.good, last.hard) == (2, 1))
        #expect((stats.thisWeek.good, stats.thisWeek.hard) == (0, 1))
    }

    @Test("the autumn change: the hour that repeats is counted once, on its own day")
    func fallBackWeek() {
        let records = [
            Self.tally("2026-10-25T02:30:00+02:00", .positive), // Sunday, first 02:30
            Self.tally("2026-10-25T02:30:00+01:00", .positive), // Sunday, the same wall time again
            Self.tally("2026-10-25T23:59:00+01:00", .negative), // Sunday, late
            Self.tally("2026-10-26T00:00:00+01:00", .negative), // Monday, midnight
        ]
        let stats = BalanceStats(records: records, today: S.day("2026-10-26"))
        let last = stats.weeks[stats.weeks.count - 2]
        #expect((last.good, last.hard) == (2, 1))
        #expect((stats.thisWeek.good, stats.thisWeek.hard) == (0, 1))
    }

    @Test("moments after today or before the first week shown are left out of the weeks")
    func outsideTheWeeks() {
        let records = [
            Self.tally("2026-11-24T09:00:00+01:00", .positive), // tomorrow (a clock ahead)
            Self.tally("2026-08-01T09:00:00+01:00", .negative), // long ago
            Self.repair("2026-08-01T10:00:00+01:00", .earlier),
        ]
        let stats = BalanceStats(records: records, today: S.today)
        #expect(stats.weeks.allSatisfy { $0.good == 0 && $0.hard == 0 && $0.repairs == 0 })
        #expect(stats.repairCount == 1) // latency counts every repair there is
    }

    @Test("the typical repair latency is the middle one, the sooner of two middles")
    func typicalLatency() {
        let some = [Self.repair("2026-11-20T09:00:00+01:00", .justNow),
                    Self.repair("2026-11-20T10:00:00+01:00", .today),
                    Self.repair("2026-11-20T11:00:00+01:00", .earlier)]
        #expect(BalanceStats(records: some, today: S.today).typicalLatency == .today)
        #expect(BalanceStats(records: Array(some.prefix(2)), today: S.today).typicalLatency == .justNow)
        #expect(BalanceStats(records: [some[2]], today: S.today).typicalLatency == .earlier)
    }

    @Test("the week stats carry the same balance as the balance alone")
    func habitStatsAgree() {
        let records = [Self.tally("2026-11-23T12:00:00+01:00", .negative), S.thanks("2026-11-17T21:00:00+01:00")]
        #expect(HabitStats(records: records, today: S.today).balance == BalanceStats(records: records, today: S.today))
    }
}

@Suite("The repair's words")
struct RepairWordsTests {
    let words = PromptLibrary.builtIn.repair

    @Test("a line that opens as a verdict gets the nudge, whatever its case or apostrophe", arguments: [
        "you always leave the dishes", "You never listen!", "YOU NEVER call", "you’re always late",
        "  you are always on your phone", "They always interrupt",
    ])
    func verdicts(line: String) {
        #expect(words.nudge(for: line) == words.blameNudge)
    }

    @Test("a line about one moment gets none", arguments: [
        "I snapped about the dishes", "you left early and I sulked", "I always get tired at six", "",
        "youalways", "we never talked about it",
    ])
    func moments(line: String) {
        #expect(words.nudge(for: line) == nil)
    }

    @Test("every latency has a label; the bedtime question names the person")
    func labels() {
        #expect(Repair.Latency.allCases.map(words.label(of:)) == ["just now", "within the hour", "earlier today", "before today"])
        #expect(words.landedQuestion(name: "Zoë").contains("Zoë"))
        #expect(!words.landedQuestion(name: "Zoë").contains("{name}"))
    }

    @Test("the ways back are known cards from the during-tension group")
    func gestures() {
        #expect(!words.gestures.isEmpty)
        for id in words.gestures {
            #expect(PracticeLibrary.builtIn.practice(withID: id)?.group == .duringTension, "\(id)")
        }
    }
}
