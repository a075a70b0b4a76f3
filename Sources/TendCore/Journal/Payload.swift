/// A record's kind-specific fields.
public enum Payload: Hashable, Sendable {
    case checkIn(CheckIn)
    case pause(Pause)
    case appreciation(Appreciation)
    case promptFired(PromptFired)
    case repair(Repair)
    case tally(Tally)
    case meeting(Meeting)
    /// The reader read a letter from a shared folder.
    case letterRead(LetterMark)
    /// The reader put a letter out of sight.
    case letterHidden(LetterMark)
    case focus(Focus)
    case focusDay(FocusDay)
    case reflection(Reflection)
    case review(Review)
    case edit(Edit)
    case delete(Delete)
    case note(Note)

    public var kind: RecordKind {
        switch self {
        case .checkIn: return .checkIn
        case .pause: return .pause
        case .appreciation: return .appreciation
        case .promptFired: return .promptFired
        case .repair: return .repair
        case .tally: return .tally
        case .meeting: return .meeting
        case .letterRead: return .letterRead
        case .letterHidden: return .letterHidden
        case .focus: return .focus
        case .focusDay: return .focusDay
        case .reflection: return .reflection
        case .review: return .review
        case .edit: return .edit
        case .delete: return .delete
        case .note: return .note
        }
    }

    /// The record an edit or a delete names.
    public var target: RecordID? {
        switch self {
        case .edit(let value): return value.target
        case .delete(let value): return value.target
        default: return nil
        }
    }

    /// The person the record is about, if any.
    public var person: String? {
        switch self {
        case .checkIn(let value): return value.person
        case .appreciation(let value): return value.person
        case .repair(let value): return value.who
        case .tally(let value): return value.person
        case .focus(let value): return value.person
        case .reflection(let value): return value.person
        case .pause, .promptFired, .meeting, .letterRead, .letterHidden, .focusDay, .review, .note, .edit, .delete: return nil
        }
    }

    /// The free text the person wrote, for search.
    public var texts: [String] {
        switch self {
        case .checkIn(let value): return [value.note].compactMap { $0 }
        case .appreciation(let value): return [value.text] + [value.meeting].compactMap { $0 }
        case .repair(let value):
            return [value.happened, value.myPart, value.forThem, value.meant, value.nextStep, value.words].compactMap { $0 }
        case .tally(let value): return [value.text]
        case .meeting(let value): return [value.label, value.useful, value.confusing, value.energising].compactMap { $0 }
        case .reflection(let value): return [value.response, value.noticed].compactMap { $0 }
        case .review(let value): return [value.wentWell, value.talkAbout].compactMap { $0 }
        case .note(let value): return [value.title, value.text, value.tags].compactMap { $0 }
        case .pause, .promptFired, .letterRead, .letterHidden, .focus, .focusDay, .edit, .delete: return []
        }
    }
}
