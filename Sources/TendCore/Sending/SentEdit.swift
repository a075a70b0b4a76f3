/// The edit that marks an appreciation as sent: its `sent` time and `via`.
public enum SentEdit {
    public static func marking(_ id: RecordID, sent time: LocalTime, via: SentVia) -> Edit {
        var set = JSONObject()
        set.add("sent", time.iso8601)
        set.add("via", via.rawValue)
        return Edit(target: id, set: set)
    }
}
