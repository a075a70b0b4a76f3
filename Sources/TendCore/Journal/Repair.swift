/// A repair after a rupture: with whom, how soon, and the gesture chosen.
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

    public init(who: String, latency: Latency, happened: String? = nil, myPart: String? = nil, gesture: String? = nil,
                landed: Bool? = nil) {
        self.who = who
        self.latency = latency
        self.happened = happened
        self.myPart = myPart
        self.gesture = gesture
        self.landed = landed
    }

    init(_ f: FieldReader) throws(RecordError) {
        who = try f.nonEmptyString(.who)
        latency = try f.choice(.latency, Latency.self)
        happened = try f.optionalString(.happened)
        myPart = try f.optionalString(.myPart)
        gesture = try f.optionalString(.gesture)
        landed = try f.optionalBool(.landed)
    }

    var fields: JSONObject {
        var o = JSONObject()
        o.add("who", who)
        o.add("latency", latency.rawValue)
        o.add("happened", happened)
        o.add("myPart", myPart)
        o.add("gesture", gesture)
        o.add("landed", landed)
        return o
    }
}
