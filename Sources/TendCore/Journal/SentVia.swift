/// How an appreciation left for the person it is about, as its `via`
/// field records: the person's own send command, the user's mail program,
/// or the clipboard (to be pasted into a message by hand).
public enum SentVia: String, CaseIterable, Hashable, Sendable {
    case command
    case email
    case clipboard
}
