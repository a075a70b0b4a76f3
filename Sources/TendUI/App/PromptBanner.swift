import Foundation
import TendCore
import TendScheduler

/// Due prompts as the app offers them: a calm line over the screens of a
/// session that began at home. It takes keys only on home itself, so a
/// prompt never eats a sentence or the Enter of a ritual in progress.
public struct PromptBanner: Sendable {
    /// Prompts offered and not yet answered, oldest first.
    public private(set) var waiting: [DuePrompt] = []
    /// Firings being claimed in storage right now (not to be asked twice).
    private var claiming: Set<Firing> = []
    /// Snoozed prompts, for this session.
    public private(set) var snoozes: [Snooze] = []

    public init() {}

    public var current: DuePrompt? { waiting.first }

    /// What is due and not yet offered: claims to make (or, for snoozes, offer at once).
    mutating func check(_ context: ScreenContext) -> [Effect] {
        forgetDone(context)
        let scheduler = Scheduler(schedule: context.data.config.schedule)
        let fired = context.data.fired.union(claiming)
        // The line after yesterday's repair comes before the day's prompts: it is about a person, and comes once.
        var effects = checkRepairFollowUp(context, fired: fired)
        for due in scheduler.due(at: context.now.wall, fired: fired, done: Self.done(context), snoozes: snoozes,
                                 timeZone: context.zone) {
            guard !waiting.contains(where: { $0.firing == due.firing }) else { continue }
            if case .snoozed = due.reason {
                snoozes.removeAll { $0.firing == due.firing }
                waiting.append(due)
            } else if !claiming.contains(due.firing) {
                claiming.insert(due.firing)
                effects.append(.claimPrompt(due))
            }
        }
        return effects
    }

    /// The morning line after yesterday's "not yet", claimed like a prompt so it comes once.
    private mutating func checkRepairFollowUp(_ context: ScreenContext, fired: Set<Firing>) -> [Effect] {
        guard let due = RepairFollowUp.due(records: context.data.journal.records(from: context.today.adding(days: -1)),
                                           schedule: context.data.config.schedule, fired: fired,
                                           at: context.now.wall, timeZone: context.zone),
              !waiting.contains(where: { $0.firing == due.firing }), !claiming.contains(due.firing) else { return [] }
        claiming.insert(due.firing)
        return [.claimPrompt(due)]
    }

    /// Storage answered a claim: offer it if this process won it. A prompt
    /// due now goes ahead of catch-ups, which can wait: at 10:00 the
    /// stand-up comes before the check-in missed at 07:30.
    mutating func claimed(_ due: DuePrompt, isOurs: Bool) {
        claiming.remove(due.firing)
        guard isOurs else { return }
        guard case .onTime = due.reason, let firstLate = waiting.firstIndex(where: { $0.isCatchUp }) else {
            waiting.append(due)
            return
        }
        waiting.insert(due, at: firstLate)
    }

    /// Drops prompts whose ritual has been done meanwhile (from the menu,
    /// say), and those whose time is over (a meeting's opener once it has ended).
    mutating func forgetDone(_ context: ScreenContext) {
        let done = Self.done(context)
        let scheduler = Scheduler(schedule: context.data.config.schedule)
        waiting.removeAll { due in
            done.contains(due.firing)
                || scheduler.hasEnded(due.prompt, on: due.firing.day, at: context.now.wall, timeZone: context.zone)
        }
    }

    /// The rituals done yesterday and today, which are not offered again.
    static func done(_ context: ScreenContext) -> Set<Firing> {
        let recent = context.data.journal.records(from: context.today.adding(days: -1))
        return DoneRituals.firings(in: recent)
            .union(DoneRituals.meetingFirings(in: recent, schedule: context.data.config.schedule))
    }

    /// When the scheduler next needs a look.
    func nextWake(_ context: ScreenContext) -> Date? {
        let fired = context.data.fired.union(claiming)
        let scheduled = Scheduler(schedule: context.data.config.schedule).nextWake(
            after: context.now.wall, fired: fired, done: Self.done(context),
            snoozes: snoozes, timeZone: context.zone)
        let followUp = RepairFollowUp.nextWake(after: context.now.wall,
                                               records: context.data.journal.records(from: context.today.adding(days: -1)),
                                               schedule: context.data.config.schedule, fired: fired,
                                               timeZone: context.zone)
        return [scheduled, followUp].compactMap { $0 }.min()
    }

    enum Answer { case start, snooze, dismiss }

    /// The footer while a prompt waits for an answer.
    static let keys = [KeyHelp("Enter", "start"), KeyHelp("s", "snooze"), KeyHelp("Esc", "dismiss")]
    /// The footer for the morning line after a repair: it comes once, so it is not snoozed.
    static let followUpKeys = [KeyHelp("Enter", "try again"), KeyHelp("Esc", "skip")]

    /// The footer for the prompt waiting now.
    var currentKeys: [KeyHelp] {
        if case .repairAgain? = current?.prompt.kind { return Self.followUpKeys }
        return Self.keys
    }

    /// Answers the current prompt; returns the screen to open for `.start`.
    mutating func answer(_ answer: Answer, context: ScreenContext) -> [Effect] {
        guard let due = waiting.first else { return [] }
        // The line after a repair comes once: there is nothing to snooze it to.
        if answer == .snooze, case .repairAgain = due.prompt.kind { return [] }
        waiting.removeFirst()
        switch answer {
        case .dismiss:
            return []
        case .snooze:
            let scheduler = Scheduler(schedule: context.data.config.schedule)
            snoozes.append(scheduler.snooze(due, at: context.now.wall))
            let minutes = context.data.config.schedule.snoozeMinutes
            return [.report(Report("It will come back in \(Plural.count(minutes, "minute"))."))]
        case .start:
            switch due.prompt.kind {
            case .morning: return [.push(.checkIn())]
            case .bedtime: return [.push(.thanks())]
            case .pause: return [.push(.pause())]
            case .meeting(_, let label, .open): return [.push(.meetingOpen(label: label))]
            case .meeting(_, let label, .close): return [.push(.meetingClose(label: label))]
            case .repairAgain(let who, _): return [.push(.repairWith(who))]
            case .review: return [.push(.review())]
            }
        }
    }

    /// The banner's words: what is due, and how late if it is a catch-up.
    func text(for due: DuePrompt, zone: Zone, prompts: PromptLibrary = .builtIn) -> String {
        if case .repairAgain(let who, _) = due.prompt.kind { return prompts.repairDraft.againLine(name: SafeText.line(who)) }
        var title = due.prompt.kind.title
        if let label = due.prompt.label, !label.isEmpty { title += " · \(label)" }
        return timed(title, due, zone: zone)
    }

    /// The same in fewer words, for a narrow window: "Open stand-up · 10:00",
    /// "Try again with Ana today?".
    func shortText(for due: DuePrompt, zone: Zone, prompts: PromptLibrary = .builtIn) -> String {
        let label = due.prompt.label.map(SafeText.line) ?? ""
        switch due.prompt.kind {
        case .repairAgain(let who, _): return prompts.repairDraft.againShortLine(name: SafeText.line(who))
        case .meeting(_, _, .open): return timed("Open \(label)", due, zone: zone)
        case .meeting(_, _, .close): return timed("Close \(label)", due, zone: zone)
        case .pause: return timed(label.isEmpty ? "Pause" : "Pause \(label)", due, zone: zone)
        case .morning: return timed("Check-in", due, zone: zone)
        case .bedtime: return timed("Appreciation", due, zone: zone)
        case .review: return timed("Look-back", due, zone: zone)
        }
    }

    /// `title` with the prompt's time: "… · 10:00", or "Still time: … (10:00)" for a catch-up.
    private func timed(_ title: String, _ due: DuePrompt, zone: Zone) -> String {
        let time = ClockText.time(due.scheduledAt, in: zone)
        return due.isCatchUp ? "Still time: \(title) (\(time))" : "\(title) · \(time)"
    }
}
