/// What a change does to one optional field: gives it a value or clears
/// it. A change leaves a field alone by holding nil for it instead.
public enum FieldUpdate<Value: Hashable & Sendable>: Hashable, Sendable {
    case set(Value)
    case clear

    /// Sets `value`, or clears the field when it is nil.
    public init(_ value: Value?) {
        self = value.map(FieldUpdate.set) ?? .clear
    }

    /// The value the field holds afterwards (nil once cleared).
    public var value: Value? {
        if case .set(let value) = self { return value }
        return nil
    }
}
