import TendCore

extension Pause {
    static func read(_ f: FieldReader) throws(RecordError) -> Pause {
        let intention = try f.choice(.intention, Intention.self)
        let plannedSeconds = try f.int(.plannedSeconds)
        // Tenths are what is kept (and written): reading rounds the same way,
        // so a record always reads back equal from the line Tend writes for it.
        let actualSeconds = (try f.double(.actualSeconds) * 10).rounded() / 10
        guard plannedSeconds >= 0 else { throw .invalidValue(field: "plannedSeconds", reason: "is negative") }
        guard actualSeconds >= 0 else { throw .invalidValue(field: "actualSeconds", reason: "is negative") }
        return try Pause(intention: intention, plannedSeconds: plannedSeconds, actualSeconds: actualSeconds,
                         outcome: f.choice(.outcome, Outcome.self))
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
