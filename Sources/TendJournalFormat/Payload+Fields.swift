import TendCore

extension Payload {
    /// Reads the fields of a record of `kind`.
    public init(kind: RecordKind, fields: JSONObject) throws(RecordError) {
        try self.init(kind: kind, FieldReader(object: fields))
    }

    init(kind: RecordKind, _ fields: FieldReader) throws(RecordError) {
        switch kind {
        case .checkIn: self = .checkIn(try CheckIn.table.read(fields))
        case .pause: self = .pause(try Pause.table.read(fields))
        case .appreciation: self = .appreciation(try Appreciation.table.read(fields))
        case .promptFired: self = .promptFired(try PromptFired.table.read(fields))
        case .repair: self = .repair(try Repair.table.read(fields))
        case .tally: self = .tally(try Tally.table.read(fields))
        case .meeting: self = .meeting(try Meeting.table.read(fields))
        case .letterRead: self = .letterRead(try LetterMark.table.read(fields))
        case .letterHidden: self = .letterHidden(try LetterMark.table.read(fields))
        case .focus: self = .focus(try Focus.table.read(fields))
        case .focusDay: self = .focusDay(try FocusDay.table.read(fields))
        case .reflection: self = .reflection(try Reflection.table.read(fields))
        case .review: self = .review(try Review.table.read(fields))
        case .edit: self = .edit(try Edit.table.read(fields))
        case .delete: self = .delete(try Delete.table.read(fields))
        case .note: self = .note(try Note.table.read(fields))
        }
    }

    /// The fields as written on disk, in their documented order.
    public var fields: JSONObject {
        switch self {
        case .checkIn(let value): return CheckIn.table.json(value)
        case .pause(let value): return Pause.table.json(value)
        case .appreciation(let value): return Appreciation.table.json(value)
        case .promptFired(let value): return PromptFired.table.json(value)
        case .repair(let value): return Repair.table.json(value)
        case .tally(let value): return Tally.table.json(value)
        case .meeting(let value): return Meeting.table.json(value)
        case .letterRead(let value), .letterHidden(let value): return LetterMark.table.json(value)
        case .focus(let value): return Focus.table.json(value)
        case .focusDay(let value): return FocusDay.table.json(value)
        case .reflection(let value): return Reflection.table.json(value)
        case .review(let value): return Review.table.json(value)
        case .edit(let value): return Edit.table.json(value)
        case .delete(let value): return Delete.table.json(value)
        case .note(let value): return Note.table.json(value)
        }
    }
}
