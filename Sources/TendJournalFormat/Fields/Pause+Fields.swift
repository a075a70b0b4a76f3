import TendCore

extension Pause {
    static let table = KindTable(Pause.init(intention:plannedSeconds:actualSeconds:outcome:),
                                 .choice(.intention, \.intention),
                                 Field.int(.plannedSeconds, \.plannedSeconds).checked("is negative") { $0 >= 0 },
                                 Field.tenths(.actualSeconds, \.actualSeconds).checked("is negative") { $0 >= 0 },
                                 .choice(.outcome, \.outcome))
}

extension Field where Value == Double {
    /// Seconds to the tenth, which is what is kept (and written): reading
    /// rounds the same way, so a record always reads back equal from the
    /// line Tend writes for it. Whole seconds are written without a point.
    static func tenths(_ key: FieldKey, _ path: KeyPath<Root, Double> & Sendable) -> Field {
        Field(key: key, get: { $0[keyPath: path] }, read: { (f, key) throws(RecordError) in (try f.double(key) * 10).rounded() / 10 },
              json: { seconds in
                  let tenths = (seconds * 10).rounded() / 10
                  return tenths == tenths.rounded() ? .int(Int(tenths)) : .double(tenths)
              },
              encode: { $1.word($0.bitPattern) }, decode: { $0.word().map(Double.init(bitPattern:)) })
    }
}
