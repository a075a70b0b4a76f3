/// What a record is about. The raw value is the `kind` field on disk.
public enum RecordKind: String, CaseIterable, Hashable, Sendable {
    case checkIn = "check-in"
    case pause
    case appreciation
    case promptFired = "prompt-fired"
    case repair
    case tally
    case meeting
    case letterRead = "letter-read"
    case letterHidden = "letter-hidden"
    case focus
    case focusDay = "focus-day"
    case reflection
    case review
    case edit
    case delete
    case note

    /// Kinds that hold something the person did or wrote (not corrections).
    public static let content: [RecordKind] = [.checkIn, .pause, .appreciation, .promptFired, .repair, .tally, .meeting,
                                                .letterRead, .letterHidden, .focus, .focusDay, .reflection, .review, .note]

    /// True for edits and deletes, which change an earlier record.
    public var isCorrection: Bool { self == .edit || self == .delete }

    /// A short label for lists: "check-in", "thanks", …
    public var label: String {
        switch self {
        case .checkIn: return "check-in"
        case .pause: return "pause"
        case .appreciation: return "thanks"
        case .promptFired: return "prompt"
        case .repair: return "repair"
        case .tally: return "tally"
        case .meeting: return "meeting"
        case .letterRead: return "read"
        case .letterHidden: return "hidden"
        case .focus, .focusDay: return "focus"
        case .reflection: return "reflect"
        case .review: return "review"
        case .edit: return "edit"
        case .delete: return "delete"
        case .note: return "note"
        }
    }
}
