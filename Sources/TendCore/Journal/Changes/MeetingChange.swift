/// The change of a meeting's name and, for a round, its three answers.
/// A field left nil is left as it is.
public struct MeetingChange: KindChange {
    public var label: FieldUpdate<String>?
    public var useful: FieldUpdate<String>?
    public var confusing: FieldUpdate<String>?
    public var energising: FieldUpdate<String>?

    public init(label: FieldUpdate<String>? = nil, useful: FieldUpdate<String>? = nil,
                confusing: FieldUpdate<String>? = nil, energising: FieldUpdate<String>? = nil) {
        self.label = label
        self.useful = useful
        self.confusing = confusing
        self.energising = energising
    }

    public init() {}

    public init?(_ change: RecordChange) {
        guard case .meeting(let change) = change else { return nil }
        self = change
    }

    public var recordChange: RecordChange { .meeting(self) }
}
