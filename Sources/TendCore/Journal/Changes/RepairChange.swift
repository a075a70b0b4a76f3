/// The change of a repair: its words, and whether it landed.
/// A field left nil is left as it is.
public struct RepairChange: KindChange {
    public var who: FieldUpdate<String>?
    public var happened: FieldUpdate<String>?
    public var myPart: FieldUpdate<String>?
    public var forThem: FieldUpdate<String>?
    public var meant: FieldUpdate<String>?
    public var nextStep: FieldUpdate<String>?
    public var words: FieldUpdate<String>?
    public var landed: FieldUpdate<Bool>?

    public init(who: FieldUpdate<String>? = nil, happened: FieldUpdate<String>? = nil,
                myPart: FieldUpdate<String>? = nil, forThem: FieldUpdate<String>? = nil,
                meant: FieldUpdate<String>? = nil, nextStep: FieldUpdate<String>? = nil,
                words: FieldUpdate<String>? = nil, landed: FieldUpdate<Bool>? = nil) {
        self.who = who
        self.happened = happened
        self.myPart = myPart
        self.forThem = forThem
        self.meant = meant
        self.nextStep = nextStep
        self.words = words
        self.landed = landed
    }

    public init() {}

    public init?(_ change: RecordChange) {
        guard case .repair(let change) = change else { return nil }
        self = change
    }

    public var recordChange: RecordChange { .repair(self) }
}
