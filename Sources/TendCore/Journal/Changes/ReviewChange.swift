/// The change of a weekly review's words.
/// A field left nil is left as it is.
public struct ReviewChange: KindChange {
    public var wentWell: FieldUpdate<String>?
    public var talkAbout: FieldUpdate<String>?

    public init(wentWell: FieldUpdate<String>? = nil, talkAbout: FieldUpdate<String>? = nil) {
        self.wentWell = wentWell
        self.talkAbout = talkAbout
    }

    public init() {}

    public init?(_ change: RecordChange) {
        guard case .review(let change) = change else { return nil }
        self = change
    }

    public var recordChange: RecordChange { .review(self) }
}
