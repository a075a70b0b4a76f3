/// The change of a note's title and words.
/// A field left nil is left as it is.
public struct NoteChange: KindChange {
    public var title: FieldUpdate<String>?
    public var text: FieldUpdate<String>?

    public init(title: FieldUpdate<String>? = nil, text: FieldUpdate<String>? = nil) {
        self.title = title
        self.text = text
    }

    public init() {}

    public init?(_ change: RecordChange) {
        guard case .note(let change) = change else { return nil }
        self = change
    }

    public var recordChange: RecordChange { .note(self) }
}
