/// How one of a focus week's seven days stands: it happened, it passed
/// without, or it is still to come (today counts as to come until it happens).
public enum FocusMark: Hashable, Sendable {
    case done
    case notDone
    case toCome
}
