import TendCore

/// One field of a record kind, declared once in its kind's `KindTable`: its
/// key, and from its type how it is read from a line, written to one, and
/// kept in the cache. A `Field<Root, String?>` may be absent; a
/// `Field<Root, String>` may not.
struct Field<Root, Value>: Sendable {
    let key: FieldKey
    let get: @Sendable (Root) -> Value
    let read: @Sendable (FieldReader, FieldKey) throws(RecordError) -> Value
    /// The value as the line spells it; nil leaves the key out.
    let json: @Sendable (Value) -> FieldValue?
    let encode: @Sendable (Value, inout BinaryWriter) -> Void
    /// nil when the cache's bytes are damaged.
    let decode: @Sendable (inout BinaryReader) -> Value?

    /// The field with `test` checked on reading: a value that fails it is refused for `reason`.
    func checked(_ reason: String, _ test: @escaping @Sendable (Value) -> Bool) -> Field {
        let read = self.read
        return Field(key: key, get: get, read: { (f, key) throws(RecordError) in
            let value = try read(f, key)
            guard test(value) else { throw .invalidValue(field: key.name, reason: reason) }
            return value
        }, json: json, encode: encode, decode: decode)
    }
}

extension Field where Value == String {
    static func text(_ key: FieldKey, _ path: KeyPath<Root, String> & Sendable) -> Field {
        Field(key: key, get: { $0[keyPath: path] }, read: { (f, key) throws(RecordError) in try f.string(key) },
              json: { .string($0) }, encode: { $1.string($0) }, decode: { $0.string() })
    }

    /// Text that may not be empty.
    static func words(_ key: FieldKey, _ path: KeyPath<Root, String> & Sendable) -> Field {
        text(key, path).checked("is empty") { !$0.isEmpty }
    }
}

extension Field where Value == String? {
    static func optionalText(_ key: FieldKey, _ path: KeyPath<Root, String?> & Sendable) -> Field {
        Field(key: key, get: { $0[keyPath: path] }, read: { (f, key) throws(RecordError) in try f.optionalString(key) },
              json: { $0.map(FieldValue.string) }, encode: { $1.optionalString($0) }, decode: { $0.optionalString() })
    }
}

extension Field where Value == Int {
    static func int(_ key: FieldKey, _ path: KeyPath<Root, Int> & Sendable) -> Field {
        Field(key: key, get: { $0[keyPath: path] }, read: { (f, key) throws(RecordError) in try f.int(key) },
              json: { .int($0) }, encode: { $1.int($0) }, decode: { $0.int() })
    }

    /// A rating from 1 to 5.
    static func rating(_ key: FieldKey, _ path: KeyPath<Root, Int> & Sendable) -> Field {
        int(key, path).checked("should be 1 to 5") { (1...5).contains($0) }
    }
}

extension Field where Value == Int? {
    /// A rating from 1 to 5, or none. The cache keeps it as its digits.
    static func optionalRating(_ key: FieldKey, _ path: KeyPath<Root, Int?> & Sendable) -> Field {
        Field(key: key, get: { $0[keyPath: path] }, read: { (f, key) throws(RecordError) in try f.optionalInt(key) },
              json: { $0.map(FieldValue.int) }, encode: { $1.optionalString($0.map(String.init)) },
              decode: { $0.optionalString().map { $0.flatMap { Int($0) } } })
        .checked("should be 1 to 5") { $0.map((1...5).contains) ?? true }
    }
}

extension Field where Value == Bool {
    /// Yes or no, and never absent. The cache keeps it as an optional one.
    static func bool(_ key: FieldKey, _ path: KeyPath<Root, Bool> & Sendable) -> Field {
        Field(key: key, get: { $0[keyPath: path] }, read: { (f, key) throws(RecordError) in
            guard let value = try f.optionalBool(key) else { throw .missingField(key.name) }
            return value
        }, json: { .bool($0) }, encode: { $1.optionalBool($0) }, decode: { $0.optionalBool() ?? nil })
    }
}

extension Field where Value == Bool? {
    static func optionalBool(_ key: FieldKey, _ path: KeyPath<Root, Bool?> & Sendable) -> Field {
        Field(key: key, get: { $0[keyPath: path] }, read: { (f, key) throws(RecordError) in try f.optionalBool(key) },
              json: { $0.map(FieldValue.bool) }, encode: { $1.optionalBool($0) }, decode: { $0.optionalBool() })
    }
}

extension Field where Value == LocalTime? {
    static func optionalTime(_ key: FieldKey, _ path: KeyPath<Root, LocalTime?> & Sendable) -> Field {
        Field(key: key, get: { $0[keyPath: path] }, read: { (f, key) throws(RecordError) in try f.optionalTime(key) },
              json: { $0.map { .string($0.iso8601) } }, encode: { $1.optionalTime($0) }, decode: { $0.optionalTime() })
    }
}

extension Field where Value == LocalDay {
    static func day(_ key: FieldKey, _ path: KeyPath<Root, LocalDay> & Sendable) -> Field {
        Field(key: key, get: { $0[keyPath: path] }, read: { (f, key) throws(RecordError) in try f.day(key) },
              json: { .string($0.description) }, encode: { $1.int($0.daysSinceEpoch) },
              decode: { $0.int().map(LocalDay.init(daysSinceEpoch:)) })
    }
}

extension Field where Value == LocalDay? {
    /// A day, or none. The cache keeps it as its text.
    static func optionalDay(_ key: FieldKey, _ path: KeyPath<Root, LocalDay?> & Sendable) -> Field {
        Field(key: key, get: { $0[keyPath: path] }, read: { (f, key) throws(RecordError) in try f.optionalDay(key) },
              json: { $0.map { .string($0.description) } }, encode: { $1.optionalString($0?.description) },
              decode: { reader in
                  guard let text = reader.optionalString() else { return nil }
                  guard let text else { return .some(nil) }
                  return LocalDay(parsing: text).map { .some($0) }
              })
    }
}

extension Field where Value == RecordID {
    static func id(_ key: FieldKey, _ path: KeyPath<Root, RecordID> & Sendable) -> Field {
        Field(key: key, get: { $0[keyPath: path] }, read: { (f, key) throws(RecordError) in try f.recordID(key) },
              json: { .string($0.rawValue) }, encode: { $1.string($0.rawValue) },
              decode: { $0.utf8().flatMap(RecordID.init(utf8:)) })
    }
}

extension Field {
    /// One of a fixed set of words; the cache keeps its position among them.
    static func choice(_ key: FieldKey, _ path: KeyPath<Root, Value> & Sendable) -> Field
    where Value: RawRepresentable & CaseIterable & Equatable & Sendable, Value.RawValue == String {
        let cases = Array(Value.allCases)
        return Field(key: key, get: { $0[keyPath: path] }, read: { (f, key) throws(RecordError) in try f.choice(key, Value.self) },
                     json: { .string($0.rawValue) }, encode: { $1.byte(UInt8(cases.firstIndex(of: $0) ?? 0)) },
                     decode: { $0.choice(cases) })
    }

    /// One of a fixed set of words, or none.
    static func optionalChoice<Choice>(_ key: FieldKey, _ path: KeyPath<Root, Choice?> & Sendable) -> Field
    where Value == Choice?, Choice: RawRepresentable & CaseIterable & Equatable & Sendable, Choice.RawValue == String {
        let cases = Array(Choice.allCases)
        return Field(key: key, get: { $0[keyPath: path] },
                     read: { (f, key) throws(RecordError) in try f.optionalChoice(key, Choice.self) },
                     json: { $0.map { .string($0.rawValue) } },
                     encode: { $1.optionalChoice($0.map { UInt8(cases.firstIndex(of: $0) ?? 0) }) },
                     decode: { $0.optionalChoice(cases) })
    }
}
