import TendCore

extension Payload {
    /// Reads the fields of a record of `kind`.
    public init(kind: RecordKind, fields: JSONObject) throws(RecordError) {
        try self.init(kind: kind, FieldReader(object: fields))
    }

    init(kind: RecordKind, _ fields: FieldReader) throws(RecordError) {
        switch kind {
        case .checkIn: self = .checkIn(try CheckIn.read(fields))
        case .pause: self = .pause(try Pause.read(fields))
        case .appreciation: self = .appreciation(try Appreciation.read(fields))
        case .promptFired: self = .promptFired(try PromptFired.read(fields))
        case .repair: self = .repair(try Repair.read(fields))
        case .tally: self = .tally(try Tally.read(fields))
        case .meeting: self = .meeting(try Meeting.read(fields))
        case .letterRead: self = .letterRead(try LetterMark.read(fields))
        case .letterHidden: self = .letterHidden(try LetterMark.read(fields))
        case .focus: self = .focus(try Focus.read(fields))
        case .focusDay: self = .focusDay(try FocusDay.read(fields))
        case .reflection: self = .reflection(try Reflection.read(fields))
        case .review: self = .review(try Review.read(fields))
        case .edit: self = .edit(try Edit.read(fields))
        case .delete: self = .delete(try Delete.read(fields))
        case .note: self = .note(try Note.read(fields))
        }
    }

    /// The fields as written on disk, in their documented order.
    public var fields: JSONObject {
        switch self {
        case .checkIn(let value): return value.fields
        case .pause(let value): return value.fields
        case .appreciation(let value): return value.fields
        case .promptFired(let value): return value.fields
        case .repair(let value): return value.fields
        case .tally(let value): return value.fields
        case .meeting(let value): return value.fields
        case .letterRead(let value), .letterHidden(let value): return value.fields
        case .focus(let value): return value.fields
        case .focusDay(let value): return value.fields
        case .reflection(let value): return value.fields
        case .review(let value): return value.fields
        case .edit(let value): return value.fields
        case .delete(let value): return value.fields
        case .note(let value): return value.fields
        }
    }
}
