/// The edit that marks an appreciation (or a repair's words) as sent: when, and how.
public enum SentEdit {
    public static func marking(_ id: RecordID, sent time: LocalTime, via: SentVia) -> Edit {
        Edit(target: id, change: .sent(SentMark(sent: time, via: via)))
    }
}
