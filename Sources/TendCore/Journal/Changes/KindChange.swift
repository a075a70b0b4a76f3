/// A change of one kind of record, and its place in `RecordChange`, so
/// code that builds a change field by field (browse's entry editor) can
/// start from an empty one of the kind it edits.
public protocol KindChange: Hashable, Sendable {
    /// The change that leaves every field alone.
    init()
    init?(_ change: RecordChange)
    var recordChange: RecordChange { get }
}
