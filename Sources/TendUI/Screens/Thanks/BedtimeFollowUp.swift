import TendCore

/// A question the bedtime screen asks once the appreciation is saved: did
/// this morning's practice happen, did today's repair land. One key
/// answers; the answer is an edit of the record it is about.
enum BedtimeFollowUp: Hashable, Sendable {
    case practice(Record, Practice)
    case repair(Record, Repair)

    /// The record the answer is written to.
    var target: Record {
        switch self {
        case .practice(let record, _), .repair(let record, _): return record
        }
    }

    /// The edit that keeps the answer.
    func answer(_ yes: Bool) -> Edit {
        var set = JSONObject()
        switch self {
        case .practice: set.add("practiceDone", yes)
        case .repair: set.add("landed", yes)
        }
        return Edit(target: target.id, set: set)
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
        case .repair(_, let repair):
            return [prompts.repair.landedQuestion(name: SafeText.line(repair.who))]
        }
    }

    /// The words on the "no" key.
    var noLabel: String {
        switch self {
        case .practice: return "not today"
        case .repair: return "not yet"
        }
    }

    /// Today's first unanswered question that was not skipped: this
    /// morning's practice, then the latest repair.
    static func next(_ context: ScreenContext, skipping skipped: Set<RecordID>) -> BedtimeFollowUp? {
        let journal = context.data.journal
        if let (record, checkIn) = journal.checkIns(on: context.today).last, checkIn.practiceDone == nil,
           !skipped.contains(record.id), let practice = context.data.practices.practice(withID: checkIn.practice) {
            return .practice(record, practice)
        }
        let repair = journal.records.last { record in
            guard case .repair(let repair) = record.payload else { return false }
            return repair.landed == nil && record.localDay == context.today && !skipped.contains(record.id)
        }
        if let repair, case .repair(let value) = repair.payload { return .repair(repair, value) }
        return nil
    }
}
