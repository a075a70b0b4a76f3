/// The change of a look back's words.
/// A field left nil is left as it is.
public struct ReflectionChange: KindChange {
    public var response: FieldUpdate<String>?
    public var noticed: FieldUpdate<String>?

    public init(response: FieldUpdate<String>? = nil, noticed: FieldUpdate<String>? = nil) {
        self.response = response
        self.noticed = noticed
    }

    public init() {}

    public init?(_ change: RecordChange) {
        guard case .reflection(let change) = change else { return nil }
        self = change
    }

    public var recordChange: RecordChange { .reflection(self) }
}
