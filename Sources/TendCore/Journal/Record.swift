/// One line of the journal: an id, a local time, a format version and the
/// kind's fields. See `Sources/TendStorage/FORMAT.md` for the file format.
public struct Record: Hashable, Sendable {
    /// The format version this build writes and the highest it reads.
    public static let formatVersion = 1
    /// Keys every record has; an edit may not change them.
    public static let envelopeKeys = ["v", "id", "time", "kind"]

    public var id: RecordID
    public var time: LocalTime
    public var payload: Payload

    public var kind: RecordKind { payload.kind }

    public init(id: RecordID, time: LocalTime, payload: Payload) {
        self.id = id
        self.time = time
        self.payload = payload
    }

    /// A new record made at `time`, with a fresh id.
    public init(_ payload: Payload, at time: LocalTime) {
        self.init(id: RecordID.make(at: time), time: time, payload: payload)
    }

    /// Reads a record from a parsed JSON object.
    public init(json object: JSONObject) throws(RecordError) {
        try self.init(FieldReader(object: object))
    }

    private init(_ f: FieldReader) throws(RecordError) {
        let version = try f.int(.v)
        guard version >= 1 else { throw .invalidValue(field: "v", reason: "should be 1") }
        guard version <= Self.formatVersion else { throw .newerVersion(version) }
        id = try f.recordID(.id)
        guard let time = try f.withText(.time, { LocalTime(iso8601: $0) }) else {
            throw .invalidValue(field: "time", reason: "is not a time like 2026-11-23T21:30:05+01:00")
        }
        self.time = time
        guard let kind = try f.withText(.kind, { FieldReader.choice(RecordKind.self, named: $0) }) else {
            throw .unknownKind(try f.string(.kind))
        }
        payload = try Payload(kind: kind, f)
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

    /// Oldest first: by time, then by id (a total order every machine agrees on).
    public static func chronologically(_ lhs: Record, _ rhs: Record) -> Bool {
        if lhs.time != rhs.time { return lhs.time < rhs.time }
        return lhs.id < rhs.id
    }

    /// `records` oldest first. Sorts small keys and moves each record once:
    /// sorting the records themselves copies them on every swap, which for
    /// 100,000 records took longer than reading them.
    ///
    /// Returns `records` itself when they are in order already, as a
    /// journal's files usually are.
    public static func sortedChronologically(_ records: [Record]) -> [Record] {
        if isChronological(records) { return records }
        let keys = records.map { $0.time.secondsSince1970 }
        let order = records.indices.sorted { lhs, rhs in
            if keys[lhs] != keys[rhs] { return keys[lhs] < keys[rhs] }
            return chronologically(records[lhs], records[rhs])
        }
        return order.map { records[$0] }
    }

    /// Sorts `records` oldest first in place, moving records bitwise (a copy
    /// would retain their strings). A journal is nearly in order already,
    /// only records near a month's end can be out of place (time zones), so
    /// it first tries moving those few back; a true shuffle gets a full sort.
    static func sortChronologically(_ records: inout [Record]) {
        let settled = records.withUnsafeMutableBufferPointer { buffer in
            var budget = buffer.count
            for position in buffer.indices.dropFirst() {
                var place = position
                while place > 0, precedes(UnsafeBufferPointer(buffer), place, place - 1) {
                    buffer.swapAt(place, place - 1)
                    place -= 1
                    budget -= 1
                    if budget == 0 { return false }
                }
            }
            return true
        }
        if !settled { records.sort(by: chronologically) }
    }

    /// `chronologically` on two elements in place, comparing instants first.
    private static func precedes(_ buffer: UnsafeBufferPointer<Record>, _ lhs: Int, _ rhs: Int) -> Bool {
        let left = buffer[lhs].time, right = buffer[rhs].time
        if left.secondsSince1970 != right.secondsSince1970 { return left.secondsSince1970 < right.secondsSince1970 }
        return left != right ? left < right : buffer[lhs].id < buffer[rhs].id
    }

    /// True when `records` are oldest first. Compares instants before
    /// anything that would copy a record.
    static func isChronological(_ records: [Record]) -> Bool {
        records.withUnsafeBufferPointer { buffer in
            buffer.indices.dropFirst().allSatisfy { !precedes(buffer, $0, $0 - 1) }
        }
    }

    /// The record with `edit`'s fields applied. Throws when the result is not
    /// a valid record of the same kind (the edit is then ignored and reported).
    public func applying(_ edit: Edit) throws(RecordError) -> Record {
        var fields = payload.fields
        for member in edit.set.members {
            fields[member.key] = member.value == .null ? nil : member.value
        }
        return Record(id: id, time: time, payload: try Payload(kind: kind, fields: fields))
    }
}
