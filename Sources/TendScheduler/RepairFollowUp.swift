import Foundation
import TendCore

/// The morning after a repair whose bedtime answer was "not yet": one
/// gentle line offering to try again ("Yesterday's repair with Ana: try
/// again today?"), from the morning prompt's time on, once. It is claimed
/// and recorded like a scheduled prompt (under `PromptID.repairAgain`), so
/// it is never offered twice, and it is not offered when a repair with the
/// same person has been made that day already.
public enum RepairFollowUp {
    /// The line to offer at `now`, if one is due and not yet offered.
    /// `records` are live records reaching back at least to yesterday.
    public static func due(records: some BidirectionalCollection<Record>, schedule: Schedule, fired: Set<Firing>,
                           at now: Date, timeZone: Zone, onTimeWindow: TimeInterval = 120) -> DuePrompt? {
        guard let (prompt, firing) = candidate(records: records, schedule: schedule, fired: fired, at: now,
                                               timeZone: timeZone),
              let first = Scheduler(schedule: schedule).instants(of: prompt, on: firing.day, in: timeZone).first,
              first <= now else { return nil }
        let late = Scheduler.lateness(of: first, at: now)
        return DuePrompt(prompt: prompt, firing: firing, scheduledAt: first,
                         reason: late <= onTimeWindow ? .onTime : .catchUp(late: late))
    }

    /// When the line will be due, if it is still ahead today.
    public static func nextWake(after now: Date, records: some BidirectionalCollection<Record>, schedule: Schedule,
                                fired: Set<Firing>, timeZone: Zone) -> Date? {
        guard let (prompt, firing) = candidate(records: records, schedule: schedule, fired: fired, at: now,
                                               timeZone: timeZone),
              let first = Scheduler(schedule: schedule).instants(of: prompt, on: firing.day, in: timeZone).first,
              first > now else { return nil }
        return first
    }

    /// Yesterday's latest repair answered "not yet", as a prompt for today.
    private static func candidate(records: some BidirectionalCollection<Record>, schedule: Schedule, fired: Set<Firing>,
                                  at now: Date, timeZone: Zone) -> (ScheduledPrompt, Firing)? {
        let today = LocalDay(containing: now, in: timeZone), yesterday = today.adding(days: -1)
        let notYet = records.last { record in
            guard case .repair(let repair) = record.payload else { return false }
            return repair.landed == false && record.localDay == yesterday
        }
        guard let notYet, case .repair(let repair) = notYet.payload else { return nil }
        let person = PersonName.key(repair.who)
        let triedAgain = records.contains { record in
            guard case .repair(let later) = record.payload else { return false }
            return record.localDay == today && PersonName.key(later.who) == person
        }
        let prompt = ScheduledPrompt(kind: .repairAgain(who: repair.who, repair: notYet.id), time: schedule.morning.time,
                                     days: .all)
        let firing = Firing(promptID: prompt.id, day: today)
        guard !triedAgain, !fired.contains(firing) else { return nil }
        return (prompt, firing)
    }
}
