/// The change of a tally's words and who they are about.
/// A field left nil is left as it is.
public struct TallyChange: KindChange {
    public var text: FieldUpdate<String>?
    public var person: FieldUpdate<String>?

    public init(text: FieldUpdate<String>? = nil, person: FieldUpdate<String>? = nil) {
        self.text = text
        self.person = person
    }

    public init() {}

    public init?(_ change: RecordChange) {
        guard case .tally(let change) = change else { return nil }
        self = change
    }

    public var recordChange: RecordChange { .tally(self) }
}
