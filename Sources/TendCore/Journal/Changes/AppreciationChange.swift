/// The change of an appreciation: who it is about and its sentence.
/// A field left nil is left as it is.
public struct AppreciationChange: KindChange {
    public var person: FieldUpdate<String>?
    public var text: FieldUpdate<String>?

    public init(person: FieldUpdate<String>? = nil, text: FieldUpdate<String>? = nil) {
        self.person = person
        self.text = text
    }

    public init() {}

    public init?(_ change: RecordChange) {
        guard case .appreciation(let change) = change else { return nil }
        self = change
    }

    public var recordChange: RecordChange { .appreciation(self) }
}
