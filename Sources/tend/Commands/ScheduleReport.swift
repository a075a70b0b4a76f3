import Foundation
import TendCore
import TendScheduler
import TendStorage

/// The text `tend schedule` prints: each prompt, its days and when it next
/// fires, then anything in the config file that could not be used.
struct ScheduleReport {
    var result: ConfigLoadResult
    var file: String
    var now: Date
    var timeZone: Zone

    var lines: [String] {
        let schedule = result.config.schedule
        let scheduler = Scheduler(schedule: schedule)
        var lines = [result.fileExists ? "Your schedule, from \(SafeText.line(file)):" : "Your schedule (Tend's defaults; there's no config file yet):", ""]
        let rows = schedule.prompts.map { prompt in
            (name: name(of: prompt), time: prompt.time.description, days: prompt.days.description,
             next: nextText(scheduler.nextFire(of: prompt, after: now, timeZone: timeZone)))
        }
        let nameWidth = min(36, rows.map(\.name.displayWidth).max() ?? 0)
        let daysWidth = rows.map(\.days.displayWidth).max() ?? 0
        for row in rows {
            lines.append("  " + row.name.padded(toWidth: nameWidth) + "  " + row.time + "  "
                         + row.days.padded(toWidth: daysWidth) + "  " + row.next)
        }
        lines.append("")
        lines.append("Snooze puts a prompt off for \(Plural.count(schedule.snoozeMinutes, "minute")).")
        if !result.fileExists {
            lines.append("`tend schedule --init` writes a commented file you can edit.")
        }
        if result.hasProblems {
            lines.append("")
            lines.append("Some settings couldn't be read:")
            lines += result.problems.map { "  " + SafeText.line($0.description) }
            lines.append(ConfigLoadResult.fallbackNote)
        }
        return lines
    }

    private func name(of prompt: ScheduledPrompt) -> String {
        switch prompt.kind {
        case .pause(let number, let label):
            let clean = SafeText.line(label)
            return clean.isEmpty ? "Pause \(number)" : "Pause \(number): \(clean)"
        case .meeting(let number, let label, let part):
            return "Meeting \(number): \(SafeText.line(label))" + (part == .close ? ", the round" : "")
        case .morning, .bedtime, .review, .repairAgain:
            return prompt.kind.title
        }
    }

    private func nextText(_ next: Date?) -> String {
        guard let next else { return "off" }
        let reading = WallClockReading(next, in: timeZone)
        let today = LocalDay(containing: now, in: timeZone)
        let clock = String(reading.description.suffix(8).prefix(5))
        switch reading.day.daysSinceEpoch - today.daysSinceEpoch {
        case 0: return "next: today \(clock)"
        case 1: return "next: tomorrow \(clock)"
        default:
            return "next: \(reading.day.shortText) \(clock)"
        }
    }
}
