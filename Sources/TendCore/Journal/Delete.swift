/// Removes an earlier record from every view. The original line stays in
/// the file (append-only), so a delete can itself be synced and merged.
public struct Delete: Hashable, Sendable {
    public var target: RecordID

    public init(target: RecordID) {
        self.target = target
    }
}
