/// What an edit changes in the record it names. The app's own edits are
/// typed, one kind of change per kind of record; an edit read from the
/// journal keeps the form it was written in, since its line does not say
/// its target's kind and may come from another version or another tool.
public enum RecordChange: Hashable, Sendable {
    case checkIn(CheckInChange)
    case appreciation(AppreciationChange)
    case tally(TallyChange)
    case repair(RepairChange)
    case meeting(MeetingChange)
    case reflection(ReflectionChange)
    case review(ReviewChange)
    case note(NoteChange)
    case focus(FocusRecordChange)
    /// Marks an appreciation, or a repair's words, as sent.
    case sent(SentMark)
    /// As read from a line: TendJournalFormat reads it against the
    /// target's kind when it is applied, and writes it back as it was.
    case written(WrittenChange)
}

/// A change as an edit line holds it. Only the journal's format reads or
/// makes one, so the domain never spells a field's key.
public struct WrittenChange: Hashable, Sendable {
    package let fields: JSONObject

    package init(_ fields: JSONObject) {
        self.fields = fields
    }
}
