/// A repair after a rupture: with whom, how soon, the gesture chosen, and
/// the words it found: what it was like for them, what was meant, one next
/// step, and the words drafted from them (which may be sent to the person).
public struct Repair: Hashable, Sendable {
    /// How long after the rupture the repair came. Sooner is better.
    public enum Latency: String, CaseIterable, Hashable, Sendable {
        case justNow = "just-now"
        case withinHour = "within-hour"
        case today
        case earlier
    }

    public var who: String
    public var latency: Latency
    public var happened: String?
    public var myPart: String?
    /// The practice card's id of the repair gesture.
    public var gesture: String?
    /// Whether the repair landed, as answered at bedtime (nil: not asked yet).
    public var landed: Bool?
    /// What it was like for the other person, as the user put it.
    public var forThem: String?
    /// What the user meant, in a sentence.
    public var meant: String?
    /// One next step the user offers.
    public var nextStep: String?
    /// The words to say, as the user kept them (drafted from the three above).
    public var words: String?
    /// When the words were sent to the person; nil while they stayed here.
    public var sent: LocalTime?
    /// How they were sent.
    public var via: SentVia?

    public init(who: String, latency: Latency, happened: String? = nil, myPart: String? = nil, gesture: String? = nil,
                landed: Bool? = nil, forThem: String? = nil, meant: String? = nil, nextStep: String? = nil,
                words: String? = nil, sent: LocalTime? = nil, via: SentVia? = nil) {
        self.who = who
        self.latency = latency
        self.happened = happened
        self.myPart = myPart
        self.gesture = gesture
        self.landed = landed
        self.forThem = forThem
        self.meant = meant
        self.nextStep = nextStep
        self.words = words
        self.sent = sent
        self.via = via
    }
}
