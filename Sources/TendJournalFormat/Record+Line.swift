import TendCore

extension Record {
    /// Reads a record from a parsed JSON object.
    public init(json object: JSONObject) throws(RecordError) {
        try self.init(FieldReader(object: object))
    }

    init(_ f: FieldReader) throws(RecordError) {
        let version = try f.int(.v)
        guard version >= 1 else { throw .invalidValue(field: "v", reason: "should be 1") }
        guard version <= Self.formatVersion else { throw .newerVersion(version) }
        let id = try f.recordID(.id)
        guard let time = try f.withText(.time, { LocalTime(iso8601: $0) }) else {
            throw .invalidValue(field: "time", reason: "is not a time like 2026-11-23T21:30:05+01:00")
        }
        guard let kind = try f.withText(.kind, { FieldReader.choice(RecordKind.self, named: $0) }) else {
            throw .unknownKind(try f.string(.kind))
        }
        self.init(id: id, time: time, payload: try Payload(kind: kind, f))
    }

    /// Reads a record from one line of bytes (without the newline). Lines as
    /// Tend writes them are read in place; others go through the full parser.
    public init(line: UnsafeBufferPointer<UInt8>) throws(RecordError) {
        self = try FlatLine.withScanned(line) { (flat) throws(RecordError) -> Record in
            if let flat { return try Record(FieldReader(line: flat)) }
            let object: JSONObject
            do throws(JSONLineParser.Failure) {
                object = try JSONLineParser.parseObject(line)
            } catch {
                throw .notJSON(error)
            }
            return try Record(json: object)
        }
    }

    /// Reads a record from one line of bytes (without the newline).
    public init(line: some Collection<UInt8>) throws(RecordError) {
        let bytes = Array(line)
        self = try bytes.withUnsafeBufferPointer { (buffer) throws(RecordError) -> Record in
            try Record(line: buffer)
        }
    }

    /// The record as a JSON object: `v`, `id`, `time`, `kind`, then the fields.
    public var jsonObject: JSONObject {
        var object = JSONObject([
            .init("v", .int(Self.formatVersion)),
            .init("id", .string(id.rawValue)),
            .init("time", .string(time.iso8601)),
            .init("kind", .string(kind.rawValue)),
        ])
        object.members.append(contentsOf: payload.fields.members)
        return object
    }

    /// The record as it is stored: one line of JSON, without the newline.
    public var jsonLine: [UInt8] { JSONLineWriter.line(jsonObject) }

    /// The record with `edit`'s fields applied. Throws when the result is not
    /// a valid record of the same kind, or the change is made for another
    /// kind (the edit is then ignored and reported).
    public func applying(_ edit: Edit) throws(RecordError) -> Record {
        if let made = edit.change.kind, made != kind {
            throw .invalidValue(field: "set", reason: "changes a \(made.rawValue), not a \(kind.rawValue)")
        }
        var fields = payload.fields
        for member in edit.set.members {
            fields[member.key] = member.value == .null ? nil : member.value
        }
        return Record(id: id, time: time, payload: try Payload(kind: kind, fields: fields))
    }
}
