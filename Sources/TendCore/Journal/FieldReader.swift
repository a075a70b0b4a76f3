/// Typed access to a record's fields, throwing a `RecordError` that names the
/// field when it is missing or of the wrong type.
struct FieldReader {
    let object: JSONObject

    func string(_ key: String) throws(RecordError) -> String {
        guard let value = try optionalString(key) else { throw .missingField(key) }
        return value
    }

    func nonEmptyString(_ key: String) throws(RecordError) -> String {
        let value = try string(key)
        guard !value.isEmpty else { throw .invalidValue(field: key, reason: "is empty") }
        return value
    }

    func optionalString(_ key: String) throws(RecordError) -> String? {
        switch object[key] {
        case nil, .null?: return nil
        case .string(let value)?: return value
        default: throw .wrongType(field: key, expected: "text")
        }
    }

    func int(_ key: String) throws(RecordError) -> Int {
        guard let raw = object[key], raw != .null else { throw .missingField(key) }
        guard let value = raw.intValue else { throw .wrongType(field: key, expected: "a whole number") }
        return value
    }

    func double(_ key: String) throws(RecordError) -> Double {
        guard let raw = object[key], raw != .null else { throw .missingField(key) }
        guard let value = raw.doubleValue else { throw .wrongType(field: key, expected: "a number") }
        return value
    }

    func optionalBool(_ key: String) throws(RecordError) -> Bool? {
        switch object[key] {
        case nil, .null?: return nil
        case .bool(let value)?: return value
        default: throw .wrongType(field: key, expected: "true or false")
        }
    }

    func choice<T: RawRepresentable>(_ key: String, _ type: T.Type) throws(RecordError) -> T where T.RawValue == String, T: CaseIterable {
        let raw = try string(key)
        guard let value = T(rawValue: raw) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw .invalidValue(field: key, reason: "should be one of: \(allowed)")
        }
        return value
    }

    func optionalChoice<T: RawRepresentable>(_ key: String, _ type: T.Type) throws(RecordError) -> T? where T.RawValue == String, T: CaseIterable {
        guard try optionalString(key) != nil else { return nil }
        return try choice(key, type)
    }

    func recordID(_ key: String) throws(RecordError) -> RecordID {
        guard let id = RecordID(try string(key)) else {
            throw .invalidValue(field: key, reason: "is not a record id")
        }
        return id
    }
}
