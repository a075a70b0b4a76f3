/// A doorway pause: a few seconds of breath and one intention before going in.
public struct Pause: Hashable, Sendable {
    /// How a pause ended.
    public enum Outcome: String, CaseIterable, Hashable, Sendable {
        case completed, cancelled
    }

    public var intention: Intention
    public var plannedSeconds: Int
    /// Measured on a monotonic clock; tenths of a second are kept.
    public var actualSeconds: Double
    public var outcome: Outcome

    public init(intention: Intention, plannedSeconds: Int, actualSeconds: Double, outcome: Outcome) {
        self.intention = intention
        self.plannedSeconds = plannedSeconds
        self.actualSeconds = actualSeconds
        self.outcome = outcome
    }

    init(_ f: FieldReader) throws(RecordError) {
        intention = try f.choice(.intention, Intention.self)
        plannedSeconds = try f.int(.plannedSeconds)
        // Tenths are what is kept (and written): reading rounds the same way,
        // so a record always reads back equal from the line Tend writes for it.
        actualSeconds = (try f.double(.actualSeconds) * 10).rounded() / 10
        guard plannedSeconds >= 0 else { throw .invalidValue(field: "plannedSeconds", reason: "is negative") }
        guard actualSeconds >= 0 else { throw .invalidValue(field: "actualSeconds", reason: "is negative") }
        outcome = try f.choice(.outcome, Outcome.self)
    }

    var fields: JSONObject {
        var o = JSONObject()
        o.add("intention", intention.rawValue)
        o.add("plannedSeconds", plannedSeconds)
        let tenths = (actualSeconds * 10).rounded() / 10
        o.members.append(.init("actualSeconds", tenths == tenths.rounded() ? .int(Int(tenths)) : .double(tenths)))
        o.add("outcome", outcome.rawValue)
        return o
    }
}
