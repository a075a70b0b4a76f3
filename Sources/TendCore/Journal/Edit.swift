/// A correction of an earlier record: the fields in `set` replace the
/// target's (a `null` clears an optional field). The original line stays in
/// the file; readers apply edits in time order.
public struct Edit: Hashable, Sendable {
    public var target: RecordID
    public var set: JSONObject

    public init(target: RecordID, set: JSONObject) {
        self.target = target
        self.set = set
    }
}
