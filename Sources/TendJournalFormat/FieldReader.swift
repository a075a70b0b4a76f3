import TendCore

/// Typed access to a record's fields, throwing a `RecordError` that names the
/// field when it is missing or of the wrong type. The fields come from a
/// parsed `JSONObject` or straight from a flat line's bytes; both give the
/// same values and the same errors.
struct FieldReader {
    private enum Source {
        case object(JSONObject)
        case line(FlatLine)
    }

    private let source: Source

    init(object: JSONObject) {
        source = .object(object)
    }

    init(line: FlatLine) {
        source = .line(line)
    }

    /// The value of `key`, if present.
    func value(_ key: FieldKey) -> FieldValue? {
        switch source {
        case .object(let object): return object[key.name]
        case .line(let line): return line.value(key)
        }
    }

    func string(_ key: FieldKey) throws(RecordError) -> String {
        guard let value = try optionalString(key) else { throw .missingField(key.name) }
        return value
    }

    func nonEmptyString(_ key: FieldKey) throws(RecordError) -> String {
        let value = try string(key)
        guard !value.isEmpty else { throw .invalidValue(field: key.name, reason: "is empty") }
        return value
    }

    func optionalString(_ key: FieldKey) throws(RecordError) -> String? {
        switch value(key) {
        case nil, .null?: return nil
        case .string(let value)?: return value
        default: throw .wrongType(field: key.name, expected: "text")
        }
    }

    /// Calls `body` with the UTF-8 of the text at `key`, read in place when
    /// the line allows, so values that become numbers or choices need no String.
    func withText<R>(_ key: FieldKey, _ body: (UnsafeBufferPointer<UInt8>) -> R) throws(RecordError) -> R {
        if case .line(let line) = source, let bytes = line.stringBytes(key) { return body(bytes) }
        var text = try string(key)
        return text.withUTF8(body)
    }

    func int(_ key: FieldKey) throws(RecordError) -> Int {
        guard let raw = value(key), raw != .null else { throw .missingField(key.name) }
        guard let value = raw.intValue else { throw .wrongType(field: key.name, expected: "a whole number") }
        return value
    }

    func optionalInt(_ key: FieldKey) throws(RecordError) -> Int? {
        guard let raw = value(key), raw != .null else { return nil }
        guard let value = raw.intValue else { throw .wrongType(field: key.name, expected: "a whole number") }
        return value
    }

    func double(_ key: FieldKey) throws(RecordError) -> Double {
        guard let raw = value(key), raw != .null else { throw .missingField(key.name) }
        guard let value = raw.doubleValue else { throw .wrongType(field: key.name, expected: "a number") }
        return value
    }

    func optionalBool(_ key: FieldKey) throws(RecordError) -> Bool? {
        switch value(key) {
        case nil, .null?: return nil
        case .bool(let value)?: return value
        default: throw .wrongType(field: key.name, expected: "true or false")
        }
    }

    func choice<T: RawRepresentable>(_ key: FieldKey, _ type: T.Type) throws(RecordError) -> T where T.RawValue == String, T: CaseIterable {
        guard let value = try withText(key, { Self.choice(T.self, named: $0) }) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw .invalidValue(field: key.name, reason: "should be one of: \(allowed)")
        }
        return value
    }

    func optionalChoice<T: RawRepresentable>(_ key: FieldKey, _ type: T.Type) throws(RecordError) -> T? where T.RawValue == String, T: CaseIterable {
        guard try optionalString(key) != nil else { return nil }
        return try choice(key, type)
    }

    /// A time like `2026-11-23T21:42:00+01:00`, or nil when the field is absent or null.
    func optionalTime(_ key: FieldKey) throws(RecordError) -> LocalTime? {
        guard try optionalString(key) != nil else { return nil }
        guard let time = try withText(key, { LocalTime(iso8601: $0) }) else {
            throw .invalidValue(field: key.name, reason: "is not a time like 2026-11-23T21:30:05+01:00")
        }
        return time
    }

    /// A local day like `2026-11-23`.
    func day(_ key: FieldKey) throws(RecordError) -> LocalDay {
        guard let day = try optionalDay(key) else { throw .missingField(key.name) }
        return day
    }

    /// A local day like `2026-11-23`, or nil when the field is absent or null.
    func optionalDay(_ key: FieldKey) throws(RecordError) -> LocalDay? {
        guard let text = try optionalString(key) else { return nil }
        guard let day = LocalDay(parsing: text) else {
            throw .invalidValue(field: key.name, reason: "is not a day like 2026-11-23")
        }
        return day
    }

    func recordID(_ key: FieldKey) throws(RecordError) -> RecordID {
        guard let id = try withText(key, { RecordID(utf8: $0) }) else {
            throw .invalidValue(field: key.name, reason: "is not a record id")
        }
        return id
    }

    /// The case of `T` whose raw value is `name`, compared byte for byte
    /// (raw values are ASCII, where that is what String equality does).
    static func choice<T: RawRepresentable>(_ type: T.Type, named name: UnsafeBufferPointer<UInt8>) -> T? where T.RawValue == String, T: CaseIterable {
        for candidate in T.allCases {
            var raw = candidate.rawValue
            guard raw.utf8.count == name.count else { continue }
            if raw.withUTF8({ same($0, name) }) { return candidate }
        }
        return nil
    }

    private static func same(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        for index in 0..<a.count where a[index] != b[index] { return false }
        return true
    }
}
