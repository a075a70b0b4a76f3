/// Which end of a meeting a prompt leads into: the opener (a breath
/// together or one appreciation) or the closer (the round).
public enum MeetingPart: String, CaseIterable, Hashable, Sendable {
    case open
    case close
}
