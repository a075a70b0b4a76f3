/// The change of a check-in: who it was for, its note, and whether the practice happened.
/// A field left nil is left as it is.
public struct CheckInChange: KindChange {
    public var person: FieldUpdate<String>?
    public var note: FieldUpdate<String>?
    public var practiceDone: FieldUpdate<Bool>?

    public init(person: FieldUpdate<String>? = nil, note: FieldUpdate<String>? = nil, practiceDone: FieldUpdate<Bool>? = nil) {
        self.person = person
        self.note = note
        self.practiceDone = practiceDone
    }

    public init() {}

    public init?(_ change: RecordChange) {
        guard case .checkIn(let change) = change else { return nil }
        self = change
    }

    public var recordChange: RecordChange { .checkIn(self) }
}
