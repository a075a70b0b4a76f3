import TendCore

/// A question the bedtime screen asks once the appreciation is saved: did
/// this morning's practice happen, did the week's focus happen today, did
/// today's repair land. One key answers; the answer is an edit of the
/// record it is about, or for the focus a `focus-day` record.
enum BedtimeFollowUp: Hashable, Sendable {
    case practice(Record, Practice)
    /// The week's focus, on a day whose check-in did not take its card.
    case focus(FocusNow, Practice, heading: String)
    case repair(Record, Repair)

    /// The record the answer is about.
    var target: Record {
        switch self {
        case .practice(let record, _), .repair(let record, _): return record
        case .focus(let focus, _, _): return focus.week.record
        }
    }

    /// The record that keeps the answer.
    func answer(_ yes: Bool) -> Payload {
        switch self {
        case .practice: return .edit(Edit(target: target.id, change: .checkIn(CheckInChange(practiceDone: .set(yes)))))
        case .repair: return .edit(Edit(target: target.id, change: .repair(RepairChange(landed: .set(yes)))))
        case .focus(let focus, _, _):
            return .focusDay(FocusDay(focus: focus.week.id, card: focus.card, day: focus.today, done: yes))
        }
    }

    /// The question, as lines: what it is about, then the question.
    func lines(_ prompts: PromptLibrary) -> [String] {
        switch self {
        case .practice(let record, let practice):
            // Said for when the check-in was made: a check-in at 14:00 was not "this morning";
            // then the card's own evening question (a default for custom cards without one).
            let part = DayPart(hour: record.time.local.hour)
            let when = part == .night ? "Today" : part.this.prefix(1).uppercased() + part.this.dropFirst()
            return ["\(when) you chose: \(SafeText.line(practice.name)).",
                    SafeText.line(prompts.followUp(for: practice))]
        case .focus(_, let practice, let heading):
            return [SafeText.line(heading) + ".", SafeText.line(prompts.followUp(for: practice))]
        case .repair(_, let repair):
            return [prompts.repair.landedQuestion(name: SafeText.line(repair.who))]
        }
    }

    /// The words on the "no" key.
    var noLabel: String {
        switch self {
        case .practice, .focus: return "not today"
        case .repair: return "not yet"
        }
    }

    /// Today's first unanswered question that was not skipped: this
    /// morning's practice, then the week's focus, then the latest repair.
    static func next(_ context: ScreenContext, skipping skipped: Set<RecordID>) -> BedtimeFollowUp? {
        let journal = context.data.journal
        let checkIn = journal.checkIns(on: context.today).last
        if let (record, checkIn) = checkIn, checkIn.practiceDone == nil,
           !skipped.contains(record.id), let practice = context.data.practices.practice(withID: checkIn.practice) {
            return .practice(record, practice)
        }
        // A check-in that took the focus card asks about it itself.
        if let focus = context.focus, focus.isRunning, !focus.isTodayAnswered, !skipped.contains(focus.week.id),
           checkIn?.checkIn.practice != focus.card, let practice = context.data.practices.practice(withID: focus.card) {
            return .focus(focus, practice, heading: context.data.prompts.focus.dayLine(focus.day, card: context.focusCard(focus)))
        }
        let repair = journal.records.last { record in
            guard case .repair(let repair) = record.payload else { return false }
            return repair.landed == nil && record.localDay == context.today && !skipped.contains(record.id)
        }
        if let repair, case .repair(let value) = repair.payload { return .repair(repair, value) }
        return nil
    }

    /// For the shell on the evening a focus week ends: where its look back waits.
    static func lookBack(_ context: ScreenContext) -> String? {
        guard let focus = context.focus, focus.isReflectionDue else { return nil }
        return SendingWords.fill(context.data.prompts.shell.lookBackWaits, ["card": context.focusCard(focus)])
    }
}
