import Foundation
import TendCore
import TendJournalFormat

/// `tend stats --json`: every number of the week screen as one JSON
/// document with sorted keys. Missing values are `null`, never left out,
/// so scripts can rely on the shape.
enum StatsJSON {
    static func text(_ stats: HabitStats, practices: PracticeLibrary, prompts: PromptLibrary) throws -> String {
        PrettyJSON.text(object(stats, practices: practices, prompts: prompts))
    }

    static func object(_ stats: HabitStats, practices: PracticeLibrary, prompts: PromptLibrary) -> [String: Any] {
        [
            "today": stats.today.description,
            "records": stats.recordCount,
            "streak": ["days": stats.streak, "rule": "one missed day a week (Monday to Sunday) is forgiven"],
            "heatMap": heatMap(stats.heatMap),
            "mood": mood(stats.mood),
            "practices": practiceStats(stats.practices, practices: practices, prompts: prompts),
            "people": people(stats.people),
            "appreciations": ["thisWeek": stats.appreciationsThisWeek, "lastWeek": stats.appreciationsLastWeek,
                              "sentThisWeek": stats.sentThisWeek, "sent": stats.sentCount],
            "pauses": pauses(stats.pauses),
            "meetings": meetings(stats.meetings),
            "balance": balance(stats.balance),
        ]
    }

    private static func heatMap(_ map: HeatMap) -> [String: Any] {
        let days = (0..<map.dayCount).map { offset -> [String: Any] in
            let day = map.firstDay.adding(days: offset)
            return ["day": day.description, "rituals": map.count(on: day) ?? 0]
        }
        return ["weeks": map.weeks, "firstDay": map.firstDay.description, "activeDays": map.activeDayCount,
                "counts": "check-ins, completed pauses, appreciations, repairs and meeting rituals", "days": days]
    }

    private static func mood(_ trend: MoodTrend) -> [String: Any] {
        let days = trend.daily.enumerated().map { offset, mood -> [String: Any] in
            ["day": trend.firstDay.adding(days: offset).description, "mood": number(mood)]
        }
        var byWeekday: [String: Any] = [:]
        for (day, average) in zip(Weekday.mondayFirst, trend.weekdayAverages) { byWeekday[day.shortName] = number(average) }
        return ["scale": "1 low to 5 bright", "checkIns": trend.checkInCount, "average": number(trend.average),
                "days": days, "byWeekday": byWeekday]
    }

    private static func practiceStats(_ stats: PracticeStats, practices: PracticeLibrary, prompts: PromptLibrary) -> [String: Any] {
        let most = stats.mostDone(limit: 3, library: practices).map { ["id": $0.id, "name": $0.name, "count": $0.count] }
        let group: Any = stats.leastTriedGroup(library: practices).map {
            ["id": $0.rawValue, "title": prompts.title(of: $0)]
        } ?? JSONNull()
        return ["days": PracticeStats.days, "chosen": stats.chosen, "done": stats.done, "notDone": stats.notDone,
                "unanswered": stats.unanswered, "mostDone": most, "leastTriedGroup": group]
    }

    private static func people(_ stats: PeopleStats) -> [String: Any] {
        let month = stats.thisMonth.map { ["name": $0.name, "count": $0.count] as [String: Any] }
        let quietest: Any = stats.quietest.map {
            ["name": $0.name, "lastDay": $0.lastDay.description, "days": $0.days] as [String: Any]
        } ?? JSONNull()
        return ["thisMonth": month, "quietest": quietest, "everyone": stats.everyoneCount]
    }

    private static func pauses(_ stats: PauseStats) -> [String: Any] {
        var byIntention: [String: Any] = [:]
        for intention in Intention.allCases { byIntention[intention.rawValue] = stats.count(of: intention) }
        return ["thisWeek": stats.count, "completed": stats.completed, "cancelled": stats.cancelled,
                "mostChosenIntention": stats.mostChosenIntention?.rawValue ?? JSONNull(), "byIntention": byIntention]
    }

    private static func meetings(_ stats: MeetingStats) -> [String: Any] {
        ["thisWeek": stats.meetings, "opened": stats.opened, "breaths": stats.breaths, "thanks": stats.appreciations,
         "rounds": stats.rounds, "byLabel": stats.labels.map { ["label": $0.label, "count": $0.count] as [String: Any] }]
    }

    private static func balance(_ stats: BalanceStats) -> [String: Any] {
        func week(_ w: BalanceWeek) -> [String: Any] {
            ["monday": w.monday.description, "good": w.good, "hard": w.hard, "repairs": w.repairs,
             "goodFrom": ["appreciations": w.appreciations, "practicesDone": w.practicesDone, "noted": w.notedGood]]
        }
        var byLatency: [String: Any] = [:]
        for latency in Repair.Latency.allCases { byLatency[latency.rawValue] = stats.latencies[latency] ?? 0 }
        return [
            "counts": "good: appreciations, practices done, moments noted with +; hard: moments noted with -",
            "thisWeek": week(stats.thisWeek),
            "weeks": stats.weeks.map(week),
            "repairs": ["count": stats.repairCount, "typicalLatency": stats.typicalLatency?.rawValue ?? JSONNull(),
                        "byLatency": byLatency],
        ]
    }

    /// Two decimals, or null.
    private static func number(_ value: Double?) -> Any {
        guard let value else { return JSONNull() }
        return Decimal(Int((value * 100).rounded())) / 100
    }
}
