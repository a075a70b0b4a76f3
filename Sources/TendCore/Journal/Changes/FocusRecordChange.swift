/// The change of a week's focus: the day it was stopped.
/// A field left nil is left as it is.
public struct FocusRecordChange: KindChange {
    public var stopped: FieldUpdate<LocalDay>?

    public init(stopped: FieldUpdate<LocalDay>? = nil) {
        self.stopped = stopped
    }

    public init() {}

    public init?(_ change: RecordChange) {
        guard case .focus(let change) = change else { return nil }
        self = change
    }

    public var recordChange: RecordChange { .focus(self) }
}
