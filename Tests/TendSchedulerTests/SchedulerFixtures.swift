import Foundation
import TendCore
import TendScheduler

/// Small builders that keep the scheduler tests readable.
enum Fixtures {
    static let berlin = zone("Europe/Berlin")
    static let newYork = zone("America/New_York")
    static let tokyo = zone("Asia/Tokyo")
    static let utc = zone("UTC")

    static func zone(_ identifier: String) -> Zone {
        guard let zone = Zone(identifier: identifier) else { preconditionFailure("no zone \(identifier)") }
        return zone
    }

    /// An instant written with its offset: "2026-03-29T03:00:00+02:00".
    static func at(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        guard let date = formatter.date(from: text) else { preconditionFailure("bad instant \(text)") }
        return date
    }

    static func time(_ text: String) -> TimeOfDay {
        guard let time = TimeOfDay(parsing: text) else { preconditionFailure("bad time \(text)") }
        return time
    }

    static func day(_ text: String) -> LocalDay {
        guard let day = LocalDay(parsing: text) else { preconditionFailure("bad day \(text)") }
        return day
    }

    static func pause(_ time: String, _ label: String, days: Weekdays = .all, number: Int = 1) -> ScheduledPrompt {
        ScheduledPrompt(kind: .pause(number: number, label: label), time: Fixtures.time(time), days: days)
    }

    /// Morning and bedtime as given (or never), plus pauses.
    static func scheduler(
        morning: String? = "07:30", bedtime: String? = "21:30", pauses: [ScheduledPrompt] = [], snooze: Int = 10
    ) -> Scheduler {
        func ritual(_ kind: PromptKind, _ text: String?) -> ScheduledPrompt {
            ScheduledPrompt(kind: kind, time: time(text ?? "00:00"), days: text == nil ? .never : .all)
        }
        let schedule = Schedule(morning: ritual(.morning, morning), bedtime: ritual(.bedtime, bedtime),
                                pauses: pauses, snoozeMinutes: snooze)
        return Scheduler(schedule: schedule)
    }

    /// Runs the scheduler like `tend remind` would: asks what is due at each
    /// instant, offers it, records its firing. Returns what was offered, when.
    static func run(
        _ scheduler: Scheduler, at instants: [Date], timeZone: Zone, fired: Set<Firing> = []
    ) -> [(at: Date, due: DuePrompt)] {
        var fired = fired
        var offered: [(at: Date, due: DuePrompt)] = []
        for now in instants {
            for due in scheduler.due(at: now, fired: fired, timeZone: timeZone) {
                offered.append((now, due))
                fired.insert(due.firing)
            }
        }
        return offered
    }

    /// Every `step` seconds from `start` up to and including `end`.
    static func every(_ step: TimeInterval, from start: Date, through end: Date) -> [Date] {
        Array(stride(from: start.timeIntervalSince1970, through: end.timeIntervalSince1970, by: step))
            .map(Date.init(timeIntervalSince1970:))
    }
}
