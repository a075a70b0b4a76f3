/// How an appreciation left for the person it is about, as its `via`
/// field records: the person's own send command, the user's mail program,
/// the clipboard (to be pasted into a message by hand), or a folder shared
/// with them, where their Tend finds it.
public enum SentVia: String, CaseIterable, Hashable, Sendable {
    case command
    case email
    case clipboard
    case share
}
