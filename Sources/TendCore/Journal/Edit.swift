/// A correction of an earlier record: `change` says which of the target's
/// fields get a new value and which are cleared. The original line stays
/// in the file; readers apply edits in time order.
public struct Edit: Hashable, Sendable {
    public var target: RecordID
    public var change: RecordChange

    public init(target: RecordID, change: RecordChange) {
        self.target = target
        self.change = change
    }
}
